using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class CataloguePageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Catalogue_lists_every_published_product_as_an_article_with_its_name_linked()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham");
        var names = page.Document.QuerySelectorAll("article h3 a").Select(a => a.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo($"Tìm thấy {SeededSite.PublishedCount} sản phẩm"));
            Assert.That(names, Has.Count.EqualTo(SeededSite.PublishedCount));
            Assert.That(names, Does.Contain("Trà Xạ đen").And.Contain("Bưởi da xanh").And.Contain("Thốt nốt đóng lon"));
            Assert.That(names, Does.Not.Contain("Sản phẩm nháp"));
            Assert.That(page.Document.QuerySelector("a[href='/san-pham/tra-xa-den']")?.TextContent, Is.EqualTo("Trà Xạ đen"));
        });
    }

    [Test]
    public async Task Filter_form_works_without_script_and_has_labelled_star_choices()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham");
        var form = page.Document.QuerySelector("form.filters")!;
        var starLabels = form.QuerySelectorAll("fieldset input[name='sao']")
            .Select(input => page.Document.QuerySelector($"label[for='{input.Id}']")?.TextContent ?? "")
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(form.GetAttribute("method"), Is.EqualTo("get"));
            Assert.That(form.GetAttribute("action"), Is.EqualTo("/san-pham"));
            Assert.That(form.QuerySelector("fieldset legend")?.TextContent, Is.EqualTo("Hạng sao"));
            Assert.That(starLabels, Has.Count.EqualTo(3));
            Assert.That(starLabels[0], Does.StartWith("3 sao"));
            Assert.That(starLabels[1], Does.StartWith("4 sao"));
            Assert.That(starLabels[2], Does.StartWith("5 sao"));
            Assert.That(form.QuerySelector("button[type='submit']")?.TextContent, Is.EqualTo("Lọc"));
            // The filters need no script; the one file-loaded script only adds suggestions to the search box.
            Assert.That(page.Document.QuerySelectorAll("script:not([src*='/js/search-suggest'])"), Is.Empty);
        });
    }

    [Test]
    public async Task Each_filter_option_shows_its_count()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham");
        string Option(string select, string value) =>
            page.Document.QuerySelector($"select[name='{select}'] option[value='{value}']")?.TextContent ?? "";

        Assert.Multiple(() =>
        {
            Assert.That(Option("nhom", "1"), Is.EqualTo("Thực phẩm (6)"));
            Assert.That(Option("nhom", "2"), Is.EqualTo("Đồ uống (3)"));
            Assert.That(Option("nhom", "5"), Is.EqualTo("Sinh vật cảnh (0)"));
            Assert.That(Option("trang-thai", "het-han"), Is.EqualTo("Hết hiệu lực (2)"));
            Assert.That(Option("trang-thai", "chua-danh-gia"), Is.EqualTo("Chưa đánh giá (2)"));
            Assert.That(Option("loai-chu-the", "ho-kinh-doanh"), Is.EqualTo("Hộ kinh doanh (4)"));
            Assert.That(Option("dia-phuong", "huyen-long-my"), Is.EqualTo("Huyện Long Mỹ (địa chỉ trước 1/7/2025) (1)"), "a locality whose province of today is not known is marked as published");
            Assert.That(HtmlPage.Collapse(page.Document.QuerySelector("label[for='f-sao-3']")?.TextContent ?? ""), Is.EqualTo("3 sao (5)"));
        });
    }

    [Test]
    public async Task Group_stars_and_status_filters_combine_and_round_trip_in_the_form()
    {
        var both = await HtmlPage.GetAsync(Site.Client, "/san-pham?nhom=1&sao=3&sao=4");
        var narrowed = await HtmlPage.GetAsync(Site.Client, "/san-pham?nhom=1&sao=3&sao=4&trang-thai=sap-het-han");

        Assert.Multiple(() =>
        {
            Assert.That(both.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo("Tìm thấy 3 sản phẩm"));
            Assert.That(both.Document.QuerySelectorAll("article h3 a").Select(a => a.TextContent),
                Is.EquivalentTo(new List<string> { "Bắp non đóng hộp", "Sa tế thử nghiệm", Site.Hostile.Name }));
            Assert.That(narrowed.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo("Tìm thấy 1 sản phẩm"));
            Assert.That(narrowed.Document.QuerySelectorAll("article h3 a").Select(a => a.TextContent), Is.EqualTo(new List<string> { "Bắp non đóng hộp" }));
            Assert.That(narrowed.Document.QuerySelector("select[name='nhom'] option[selected]")?.GetAttribute("value"), Is.EqualTo("1"));
            Assert.That(narrowed.Document.QuerySelector("select[name='trang-thai'] option[selected]")?.GetAttribute("value"), Is.EqualTo("sap-het-han"));
            Assert.That(narrowed.Document.QuerySelectorAll("input[name='sao'][checked]").Select(i => i.GetAttribute("value")), Is.EquivalentTo(new List<string> { "3", "4" }));
            Assert.That(narrowed.Document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Does.EndWith("/san-pham?nhom=1&sao=3&sao=4&trang-thai=sap-het-han"));
        });
    }

    [Test]
    public async Task A_proposed_rating_does_not_count_as_four_stars()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham?sao=4");

        Assert.That(page.Document.QuerySelectorAll("article h3 a").Select(a => a.TextContent), Is.EqualTo(new List<string> { "Bắp non đóng hộp" }));
    }

    [TestCase("?trang=-1")]
    [TestCase("?trang=abc")]
    [TestCase("?trang=0")]
    [TestCase("?trang=99999999999999999999999")]
    [TestCase("?sao=9")]
    [TestCase("?sao=-3&sao=&sao=4.0")]
    [TestCase("?nhom=<script>alert(1)</script>")]
    [TestCase("?nhom=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [TestCase("?nhom=1&nhom=2&nhom=x&trang=2&trang=1")]
    [TestCase("?dia-phuong=%00&loai-chu-the=%E2%80%8B")]
    [TestCase("?sap-xep[]=ten&sao[0]=3")]
    [TestCase("?%ZZ=1&trang=%")]
    [TestCase("?trang-thai=Valid&sap-xep=DROP%20TABLE")]
    [TestCase("?&&&=&==")]
    public async Task Malformed_query_strings_show_the_catalogue_normally(string query)
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham" + query);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo("Danh mục sản phẩm OCOP"));
            Assert.That(page.Html, Does.Not.Contain("<script>alert"));
        });
    }

    [Test]
    public async Task A_very_long_query_value_shows_the_catalogue_normally()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham?nhom=" + new string('9', 4000) + "&dia-phuong=" + new string('a', 3000));

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo($"Tìm thấy {SeededSite.PublishedCount} sản phẩm"));
        });
    }

    [TestCase("/?trang=abc&sao=<b>")]
    [TestCase("/san-pham/tra-xa-den?nhom=%ZZ&x=<script>")]
    [TestCase("/chu-the/ho-kinh-doanh-thu-nghiem?trang=-1")]
    [TestCase("/diem-ban?trang=abc")]
    public async Task Other_pages_ignore_malformed_query_strings(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
