using System.Net;
using System.Text.Json;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class ProductPageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Product_page_shows_name_stars_score_decision_and_validity()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo("Trà Xạ đen"));
            Assert.That(page.Document.QuerySelector(".product-summary .stars")?.TextContent, Does.Contain("3 sao"));
            Assert.That(page.MainText, Does.Contain("63,4 điểm"));
            Assert.That(page.MainText, Does.Contain("TEST-101/QĐ-UBND"));
            Assert.That(page.MainText, Does.Contain("01/12/2023"));
            Assert.That(page.MainText, Does.Contain("Hiệu lực đến 30/11/2026"));
            Assert.That(page.Document.QuerySelector(".product-summary .pill")?.TextContent, Does.Contain("Còn hiệu lực"));
        });
    }

    [TestCase("tra-xa-den", true, TestName = "Valid_certificate_shows_the_OCOP_mark")]
    [TestCase("bap-non-dong-hop", true, TestName = "Expiring_certificate_still_shows_the_OCOP_mark")]
    [TestCase("nam-thu-nghiem", false, TestName = "Certificate_published_as_expired_hides_the_OCOP_mark")]
    [TestCase("tranh-la-bo-de", false, TestName = "Expired_certificate_hides_the_OCOP_mark_even_with_a_new_proposal")]
    [TestCase("siro-thu-nghiem", false, TestName = "Revoked_certificate_hides_the_OCOP_mark")]
    [TestCase("thot-not-dong-lon", false, TestName = "Proposed_rating_hides_the_OCOP_mark")]
    [TestCase("sa-te-thu-nghiem", false, TestName = "Certificate_without_a_published_date_hides_the_OCOP_mark")]
    [TestCase("buoi-da-xanh", false, TestName = "Unrated_product_hides_the_OCOP_mark")]
    public async Task The_OCOP_mark_is_shown_only_while_a_certificate_is_valid(string slug, bool shown)
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + slug);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelectorAll("img[alt='Biểu trưng OCOP']"), Has.Length.EqualTo(shown ? 1 : 0));
        });
    }

    [TestCase("nam-thu-nghiem", "Giấy chứng nhận OCOP của sản phẩm này đã hết hiệu lực.")]
    [TestCase("tranh-la-bo-de", "Giấy chứng nhận OCOP của sản phẩm này đã hết hiệu lực.")]
    [TestCase("siro-thu-nghiem", "Giấy chứng nhận OCOP của sản phẩm này đã bị thu hồi.")]
    [TestCase("thot-not-dong-lon", "Đề xuất 4 sao, chưa có quyết định công nhận")]
    [TestCase("buoi-da-xanh", "Chưa được đánh giá, phân hạng")]
    [TestCase("sa-te-thu-nghiem", "Ngày quyết định chưa được công bố")]
    public async Task The_standing_is_said_in_plain_words(string slug, string words)
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + slug);

        Assert.That(page.Document.QuerySelector(".standing")?.TextContent, Does.Contain(words));
    }

    [Test]
    public async Task A_proposed_product_shows_no_stars_of_its_own()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/thot-not-dong-lon");

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector(".product-summary .stars"), Is.Null);
            Assert.That(page.MainText, Does.Contain("Điểm hội đồng đánh giá: 84,5 điểm"));
        });
    }

    [Test]
    public async Task A_rating_without_a_published_date_says_the_date_is_not_published()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/sa-te-thu-nghiem");
        var facts = page.Document.QuerySelectorAll(".facts dt")
            .ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling?.TextContent.Trim());

        Assert.Multiple(() =>
        {
            Assert.That(facts["Ngày quyết định"], Is.EqualTo("Chưa công bố"));
            Assert.That(facts["Hiệu lực đến"], Is.EqualTo("Chưa công bố"));
            Assert.That(page.MainText, Does.Contain("54,54 điểm"));
        });
    }

    [Test]
    public async Task Certificate_history_lists_every_rating_newest_first()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tranh-la-bo-de");
        var rows = page.Document.QuerySelectorAll("table.history tbody tr").Select(r => HtmlPage.Collapse(r.TextContent)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[0], Does.StartWith("2").And.Contain("Đề xuất"));
            Assert.That(rows[1], Does.StartWith("1").And.Contain("TEST-103/QĐ-UBND").And.Contain("Hết hiệu lực"));
            Assert.That(page.Document.QuerySelector(".callout")?.TextContent, Does.Contain("Đề xuất 4 sao, chưa có quyết định công nhận"));
        });
    }

    [Test]
    public async Task Producer_card_links_to_the_producer_by_name()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");
        var link = page.Document.QuerySelector(".producer-card a");

        Assert.Multiple(() =>
        {
            Assert.That(link?.GetAttribute("href"), Is.EqualTo("/chu-the/" + Site.Household.Slug));
            Assert.That(link?.TextContent, Is.EqualTo(Site.Household.Name));
        });
    }

    [Test]
    public async Task An_unpublished_producer_is_neither_named_nor_linked()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/banh-thu-nghiem");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Html, Does.Not.Contain(Site.DraftProducer.Name));
            Assert.That(page.Document.QuerySelector("a[href^='/chu-the/']"), Is.Null);
            Assert.That(page.MainText, Does.Contain("Chưa công bố chủ thể sản xuất."));
        });
    }

    [Test]
    public async Task Sample_story_is_labelled_and_details_are_shown()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector(".sample-note")?.TextContent, Does.Contain("Nội dung mẫu, đang chờ chủ thể cập nhật"));
            Assert.That(page.Document.QuerySelector(".story")?.InnerHtml, Does.Contain("<p>Câu chuyện thử nghiệm về trà.</p>"));
            Assert.That(page.MainText, Does.Contain("Lá xạ đen sấy khô").And.Contain("Túi giấy 100 g").And.Contain("12 tháng"));
            Assert.That(page.MainText, Does.Contain("Tài liệu thử nghiệm số 1"));
        });
    }

    [Test]
    public async Task Where_to_buy_links_published_sales_points_and_safe_online_shops()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");
        var hrefs = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        var shop = page.Document.QuerySelector("a[href='https://shop.example/tra-xa-den']");

        Assert.Multiple(() =>
        {
            Assert.That(hrefs, Does.Contain("/diem-ban/" + Site.Showroom.Slug).And.Contain("/diem-ban/" + Site.Stall.Slug));
            Assert.That(shop?.GetAttribute("rel"), Does.Contain("noopener"));
            Assert.That(hrefs, Has.None.StartsWith("javascript:"));
        });
    }

    [Test]
    public async Task Related_products_come_from_the_same_group()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");
        var related = page.Document.QuerySelectorAll("#related-title ~ ul article h3 a").Select(a => a.TextContent).ToList();

        Assert.That(related, Is.EquivalentTo(new List<string> { "Rượu thử nghiệm", "Siro thử nghiệm" }));
    }

    [Test]
    public async Task A_product_without_photos_shows_its_group_illustration()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");
        var image = page.Document.QuerySelector(".product-media img");

        Assert.Multiple(() =>
        {
            Assert.That(image?.GetAttribute("src"), Does.Contain("/img/groups/drinks"));
            Assert.That(image?.GetAttribute("alt"), Is.EqualTo("Hình minh họa nhóm Đồ uống"));
        });
    }

    [Test]
    public async Task Product_json_ld_parses_and_does_not_fake_a_review_rating()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/tra-xa-den");
        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        var properties = root.GetProperty("additionalProperty").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").ToString());

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("@type").GetString(), Is.EqualTo("Product"));
            Assert.That(root.GetProperty("name").GetString(), Is.EqualTo("Trà Xạ đen"));
            Assert.That(root.GetProperty("category").GetString(), Is.EqualTo("Đồ uống"));
            Assert.That(root.GetProperty("manufacturer").GetProperty("name").GetString(), Is.EqualTo(Site.Household.Name));
            Assert.That(root.TryGetProperty("aggregateRating", out _), Is.False);
            Assert.That(properties["Hạng sao OCOP"], Is.EqualTo("3"));
            Assert.That(properties["Điểm đánh giá OCOP"], Is.EqualTo("63.4"));
        });
    }

    [Test]
    public async Task A_product_name_cannot_close_the_json_ld_script()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + Site.Hostile.Slug);
        // Inline scripts only: the search box's suggestions come from a file.
        var scripts = page.Document.QuerySelectorAll("script:not([src])");
        using var json = JsonDocument.Parse(scripts.Single(s => s.GetAttribute("type") == "application/ld+json").TextContent);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scripts, Has.Length.EqualTo(1), "the name must not open a script element of its own");
            Assert.That(json.RootElement.GetProperty("name").GetString(), Is.EqualTo(Site.Hostile.Name));
            Assert.That(page.H1, Is.EqualTo(Site.Hostile.Name));
        });
    }

    [TestCase("/san-pham/khong-co-san-pham-nay")]
    [TestCase("/san-pham/san-pham-nhap")]
    [TestCase("/san-pham/Tra-Xa-Den")]
    [TestCase("/san-pham/tra--xa-den")]
    [TestCase("/san-pham/tra_xa_den")]
    [TestCase("/san-pham/tr%C3%A0-x%E1%BA%A1-%C4%91en")]
    public async Task Unknown_unpublished_or_malformed_product_slugs_answer_the_friendly_404(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.H1, Is.EqualTo("Không tìm thấy trang"));
        });
    }
}
