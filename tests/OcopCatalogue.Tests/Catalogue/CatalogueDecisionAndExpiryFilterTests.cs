using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class CatalogueDecisionAndExpiryFilterTests
{
    private static SeededSite Site => SeededSite.Instance;

    [TestCase("/san-pham?nam-quyet-dinh=2024", new[] { "Mứt </script><script>alert(1)</script> dâu", "Rượu thử nghiệm" })]
    [TestCase("/san-pham?nam-quyet-dinh=chua-cong-bo", new[] { "Nấm thử nghiệm", "Sa tế thử nghiệm" })]
    [TestCase("/san-pham?het-han=6-thang", new[] { "Bắp non đóng hộp" })]
    [TestCase("/san-pham?het-han=2025-07", new[] { "Bắp non đóng hộp" })]
    [TestCase("/san-pham?het-han=2026-11", new[] { "Trà Xạ đen" })]
    [TestCase("/en/products?het-han=2026-12", new[] { "Mứt </script><script>alert(1)</script> dâu" })]
    public async Task Decision_year_and_expiry_filters_list_exactly_their_products(string url, string[] names)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);
        var listed = page.Document.QuerySelectorAll("article h3 a").Select(a => a.TextContent).ToList();

        Assert.That(listed, Is.EquivalentTo(names));
    }

    [TestCase("/san-pham?nam-quyet-dinh=abcd")]
    [TestCase("/san-pham?nam-quyet-dinh=12")]
    [TestCase("/san-pham?het-han=2025-13")]
    [TestCase("/san-pham?het-han=%00")]
    public async Task Nonsense_decision_year_or_expiry_is_ignored(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.That(page.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo($"Tìm thấy {SeededSite.PublishedCount} sản phẩm"));
    }

    [Test]
    public async Task Filter_form_offers_decision_years_with_not_published_and_the_next_six_months()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham?nam-quyet-dinh=2023");
        string Option(string select, string value) =>
            page.Document.QuerySelector($"select[name='{select}'] option[value='{value}']")?.TextContent ?? "";

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector("label[for='f-nam-quyet-dinh']")?.TextContent, Is.EqualTo("Năm quyết định công nhận"));
            // Counts leave out the facet's own choice: 2024 would give two products.
            Assert.That(Option("nam-quyet-dinh", "2024"), Is.EqualTo("2024 (2)"));
            Assert.That(Option("nam-quyet-dinh", "chua-cong-bo"), Is.EqualTo("Chưa công bố ngày quyết định (2)"));
            Assert.That(page.Document.QuerySelector("select[name='nam-quyet-dinh'] option[selected]")?.GetAttribute("value"), Is.EqualTo("2023"));
            Assert.That(Option("het-han", "6-thang"), Is.EqualTo("Trong 6 tháng tới (0)"));
            Assert.That(Option("het-han", "2026-11"), Is.EqualTo("11/2026 (1)"));
        });
    }

    [Test]
    public async Task Products_without_a_published_locality_are_a_locality_choice_of_their_own()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham");
        var option = page.Document.QuerySelector("select[name='dia-phuong'] option[value='chua-cong-bo']");

        Assert.That(option, Is.Not.Null);
        var filtered = await HtmlPage.GetAsync(Site.Client, "/san-pham?dia-phuong=chua-cong-bo");
        var count = filtered.Document.QuerySelectorAll("article h3 a").Length;
        Assert.That(option!.TextContent, Is.EqualTo($"Chưa công bố địa phương ({count})"));
    }
}
