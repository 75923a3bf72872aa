using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Tests.Site;

public sealed class SiteLanguageTests
{
    [TestCase("/", "/en")]
    [TestCase("/?a=1", "/en?a=1")]
    [TestCase("/san-pham", "/en/products")]
    [TestCase("/san-pham?nhom=2&trang=3", "/en/products?nhom=2&trang=3")]
    [TestCase("/san-pham/tra-xa-den", "/en/products/tra-xa-den")]
    [TestCase("/san-pham/tra-xa-den#buy-title", "/en/products/tra-xa-den#buy-title")]
    [TestCase("/chu-the/htx-a", "/en/producers/htx-a")]
    [TestCase("/diem-ban/my-long", "/en/sales-points/my-long")]
    [TestCase("/tim-kiem?q=tra", "/en/search?q=tra")]
    [TestCase("/trang/gioi-thieu-ocop", "/en/pages/gioi-thieu-ocop")]
    [TestCase("/loi/404", "/en/error/404")]
    public void Vietnamese_and_English_addresses_map_both_ways(string vietnamese, string english)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SiteLanguage.ToEnglish(vietnamese), Is.EqualTo(english));
            Assert.That(SiteLanguage.ToVietnamese(english), Is.EqualTo(vietnamese));
            Assert.That(SiteLanguage.ToEnglish(english), Is.EqualTo(english), "English stays English");
            Assert.That(SiteLanguage.ToVietnamese(vietnamese), Is.EqualTo(vietnamese), "Vietnamese stays Vietnamese");
        });
    }

    [TestCase("/01/09520123456788/10/LOT1")]
    [TestCase("/t/ABCD1234")]
    [TestCase("/api/search/suggest")]
    [TestCase("/img/ocop-mark.svg")]
    [TestCase("/san-phamx")]
    [TestCase("/english")]
    public void Language_neutral_and_unknown_paths_are_left_alone(string path)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SiteLanguage.ToEnglish(path), Is.EqualTo(path));
            Assert.That(SiteLanguage.ToVietnamese(path), Is.EqualTo(path));
            Assert.That(SiteLanguage.IsEnglishPath(path), Is.False);
        });
    }
}
