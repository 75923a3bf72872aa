using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

/// <summary>A product's GTIN, as its uSync file gives it: the form GS1 writes, and one product per GTIN.</summary>
public sealed class ProductFileTests
{
    [TestCase("9520123456788", "write 09520123456788")]
    [TestCase("09520123456789", "check digit")]
    [TestCase("95201234567", "11 digits")]
    public async Task Product_gtin_must_be_fourteen_digits_with_a_valid_check_digit(string gtin, string expected)
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        _ = factory.Services; // the host starts, and imports the untouched copy, before the edit
        usync.Edit("products/tra-xa-den.json", json => json["gtin"] = gtin);

        var report = await factory.ImportAsync();

        Assert.That(report.Problems.Single(p => p.Path == "products/tra-xa-den.json").Message, Does.Contain(expected));
    }

    [Test]
    public async Task Two_products_cannot_share_a_gtin()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        _ = factory.Services; // the host starts, and imports the untouched copy, before the edit
        usync.Edit("products/siro-atiso-do.json", json =>
        {
            json["gtin"] = "09520123456788";
            json["traceCode"] = null;
        });

        var report = await factory.ImportAsync();

        Assert.That(report.Problems.Single(p => p.Path == "products/siro-atiso-do.json").Message,
            Does.Contain("gtin 09520123456788").And.Contain("products/tra-xa-den.json"));
    }
}
