using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class CataloguePaginationTests
{
    private string _emptyUSync = null!;
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartWithFourteenProducts()
    {
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;
        _factory = new OcopWebFactory(_emptyUSync, FakeClock.OnVietnamDay(new DateOnly(2025, 6, 15)));
        var producer = ContentSeed.Producer("Hợp tác xã Phân trang", ProducerKind.Cooperative);
        var products = Enumerable.Range(1, 14)
            .Select(i => ContentSeed.Product(string.Create(CultureInfo.InvariantCulture, $"Sản phẩm {i:00}"), producer, OcopGroup.Food,
                ContentSeed.Rated(60m + i, new DateOnly(2024, 1, 1))))
            .ToArray<object>();
        await _factory.SaveAsync([producer, .. products]);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    [Test]
    public async Task Twelve_products_a_page_with_the_total_and_links_to_the_next_page()
    {
        var first = await HtmlPage.GetAsync(_client, "/san-pham");
        var second = await HtmlPage.GetAsync(_client, "/san-pham?trang=2");

        Assert.Multiple(() =>
        {
            Assert.That(first.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo("Tìm thấy 14 sản phẩm"));
            Assert.That(first.Document.QuerySelectorAll("main article"), Has.Length.EqualTo(12));
            Assert.That(first.Document.QuerySelector("nav.pagination a[rel='next']")?.GetAttribute("href"), Is.EqualTo("/san-pham?trang=2"));
            Assert.That(first.Document.QuerySelector("nav.pagination a[aria-current='page']")?.TextContent, Does.EndWith("1"));
            Assert.That(second.Document.QuerySelectorAll("main article h3 a").Select(a => a.TextContent), Is.EqualTo(new List<string> { "Sản phẩm 13", "Sản phẩm 14" }));
            Assert.That(second.Document.QuerySelector("nav.pagination a[rel='prev']")?.GetAttribute("href"), Is.EqualTo("/san-pham"));
            Assert.That(second.H1, Is.EqualTo("Danh mục sản phẩm OCOP"));
        });
    }

    [Test]
    public async Task Pagination_keeps_the_filters_and_a_page_past_the_end_shows_the_last_page()
    {
        var sorted = await HtmlPage.GetAsync(_client, "/san-pham?sap-xep=diem-cao&nhom=1");
        var beyond = await HtmlPage.GetAsync(_client, "/san-pham?trang=99");

        Assert.Multiple(() =>
        {
            Assert.That(sorted.Document.QuerySelector("nav.pagination a[rel='next']")?.GetAttribute("href"), Is.EqualTo("/san-pham?nhom=1&sap-xep=diem-cao&trang=2"));
            Assert.That(sorted.Document.QuerySelector("main article h3 a")?.TextContent, Is.EqualTo("Sản phẩm 14"), "highest score first");
            Assert.That(beyond.Document.QuerySelectorAll("main article"), Has.Length.EqualTo(2));
        });
    }
}
