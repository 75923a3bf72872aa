using System.Text.Json.Nodes;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Media;

/// <summary>The images and photos of uSync files with and without media keys.</summary>
public sealed class MediaUSyncTests
{
    [Test]
    public async Task An_image_with_neither_path_nor_media_key_is_reported_and_its_product_skipped()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit("products/tra-xa-den.json", json => json["images"] = JsonNode.Parse("""[{ "path": "", "alt": "Ảnh", "media": null }]"""));
        using var factory = new OcopWebFactory(usync.Path);

        var report = await factory.ImportAsync();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/san-pham/tra-xa-den");

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems.Single(p => p.Path == "products/tra-xa-den.json").Message, Does.Contain("neither a path nor a media key"));
            Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task A_photo_by_path_without_a_media_key_still_imports_as_before()
    {
        using var usync = USyncCopy.OfRepository();
        // Written the way files were before the media library: no "media" property at all.
        usync.Edit("products/tra-xa-den.json", json => json["images"] = JsonNode.Parse("""[{ "path": "/img/thu.jpg", "alt": "Gói trà" }]"""));
        using var factory = new OcopWebFactory(usync.Path);
        using var client = factory.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/san-pham/tra-xa-den");
        var img = page.Document.QuerySelector(".product-media img.product-photo")!;

        Assert.Multiple(() =>
        {
            Assert.That(img.GetAttribute("src"), Is.EqualTo("/img/thu.jpg"));
            Assert.That(img.GetAttribute("alt"), Is.EqualTo("Gói trà"));
            Assert.That(img.ParentElement?.LocalName, Is.Not.EqualTo("picture"));
        });
    }

    [Test]
    public async Task An_image_naming_a_photo_this_site_does_not_have_falls_back_to_the_group_illustration()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit("products/tra-xa-den.json", json => json["images"] = JsonNode.Parse(
            """[{ "path": "", "alt": "", "media": "7f0c2d4e-0000-4000-8000-000000000001" }]"""));
        using var factory = new OcopWebFactory(usync.Path);
        using var client = factory.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/san-pham/tra-xa-den");

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector(".product-media img.product-illustration"), Is.Not.Null);
            Assert.That(page.Document.QuerySelector(".product-media picture"), Is.Null);
        });
    }
}
