using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Sharing;

/// <summary>Open Graph and X cards on every kind of public page, in both languages, with images that answer.</summary>
public sealed class ShareCardTests
{
    private static SeededSite Site => SeededSite.Instance;

    private static IEnumerable<TestCaseData> Pages()
    {
        var site = Site;
        var pairs = new (string Kind, string Vietnamese, string English, string ImagePart)[]
        {
            ("home", "/", "/en", "/trang-web.png"),
            ("catalogue", "/san-pham", "/en/products", "/trang-web.png"),
            ("product", "/san-pham/" + site.Valid.Slug, "/en/products/" + site.Valid.Slug, "/" + site.Valid.Slug + ".png"),
            ("producer", "/chu-the/" + site.Household.Slug, "/en/producers/" + site.Household.Slug, "/" + site.Household.Slug + ".png"),
            ("sales points", "/diem-ban", "/en/sales-points", "/trang-web.png"),
            ("sales point", "/diem-ban/" + site.Showroom.Slug, "/en/sales-points/" + site.Showroom.Slug, "/" + site.Showroom.Slug + ".png"),
            ("search", "/tim-kiem", "/en/search", "/trang-web.png"),
            ("content page", "/trang/" + site.About.Slug, "/en/pages/" + site.About.Slug, "/trang-web.png"),
        };
        foreach (var (kind, vietnamese, english, image) in pairs)
        {
            yield return new TestCaseData(vietnamese, "vi_VN", "en_US", image).SetName($"Card of the {kind} page in Vietnamese");
            yield return new TestCaseData(english, "en_US", "vi_VN", image == "/trang-web.png" ? "/site.png" : image).SetName($"Card of the {kind} page in English");
        }
    }

    [TestCaseSource(nameof(Pages))]
    public async Task Every_public_page_has_a_share_card_with_an_absolute_image_that_answers_as_a_1200_by_630_png(string path, string locale, string alternate, string imageEnd)
    {
        var page = await HtmlPage.GetAsync(Site.Client, path);
        string? Meta(string key) =>
            (page.Document.QuerySelector($"meta[property='{key}']") ?? page.Document.QuerySelector($"meta[name='{key}']"))?.GetAttribute("content");
        var canonical = page.Document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var image = Meta("og:image");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Meta("og:title"), Is.Not.Empty);
            Assert.That(Meta("og:description"), Is.Not.Empty);
            Assert.That(Meta("og:site_name"), Is.Not.Empty);
            Assert.That(Meta("og:type"), Is.AnyOf("website", "article"));
            Assert.That(Meta("og:locale"), Is.EqualTo(locale));
            Assert.That(Meta("og:locale:alternate"), Is.EqualTo(alternate));
            Assert.That(Meta("og:image:width"), Is.EqualTo("1200"));
            Assert.That(Meta("og:image:height"), Is.EqualTo("630"));
            Assert.That(Meta("og:image:alt"), Does.Contain(Meta("og:title")));
            Assert.That(Meta("twitter:card"), Is.EqualTo("summary_large_image"));
            Assert.That(Meta("twitter:image"), Is.EqualTo(image));
            Assert.That(Uri.TryCreate(image, UriKind.Absolute, out _), Is.True, image);
            Assert.That(image, Does.EndWith(imageEnd));
            // A page with a canonical address shares that address; a search with words has none and shares the one visited.
            if (canonical is not null)
            {
                Assert.That(Meta("og:url"), Is.EqualTo(canonical));
            }
        });

        using var response = await Site.Client.GetAsync(new Uri(image!).PathAndQuery);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(PngFacts.Size(bytes), Is.EqualTo((1200, 630)));
        });
    }

    [Test]
    public async Task The_product_page_shares_its_own_image_in_its_language()
    {
        var vietnamese = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + Site.Expiring.Slug);
        var english = await HtmlPage.GetAsync(Site.Client, "/en/products/" + Site.Expiring.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(vietnamese.Document.QuerySelector("meta[property='og:image']")?.GetAttribute("content"),
                Is.EqualTo("http://localhost/chia-se/san-pham/" + Site.Expiring.Slug + ".png"));
            Assert.That(english.Document.QuerySelector("meta[property='og:image']")?.GetAttribute("content"),
                Is.EqualTo("http://localhost/en/share/products/" + Site.Expiring.Slug + ".png"));
            Assert.That(english.Document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"), Is.EqualTo("Canned baby corn"));
        });
    }

    [TestCase("/chia-se/san-pham/khong-co-san-pham-nay.png")]
    [TestCase("/en/share/products/khong-co-san-pham-nay.png")]
    [TestCase("/chia-se/chu-the/khong-co.png")]
    [TestCase("/chia-se/diem-ban/khong-co.png")]
    [TestCase("/chia-se/san-pham/..%2F..%2Fetc%2Fpasswd.png")]
    [TestCase("/chia-se/san-pham/Hoa-Sen.png")]
    [TestCase("/chia-se/khong-co-loai/abc.png")]
    [TestCase("/chia-se/khong-co.png")]
    [TestCase("/en/share/trang-web.png")]
    public async Task An_unknown_share_image_gets_the_not_found_page(string path)
    {
        using var response = await Site.Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Unpublished_items_have_no_share_image()
    {
        foreach (var path in new[]
                 {
                     "/chia-se/san-pham/" + Site.Draft.Slug + ".png",
                     "/chia-se/chu-the/" + Site.DraftProducer.Slug + ".png",
                     "/chia-se/diem-ban/" + Site.DraftPoint.Slug + ".png",
                 })
        {
            using var response = await Site.Client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }
    }

    [Test]
    public async Task A_name_holding_markup_is_drawn_as_text()
    {
        using var response = await Site.Client.GetAsync("/chia-se/san-pham/" + Site.Hostile.Slug + ".png");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(PngFacts.Size(bytes), Is.EqualTo((1200, 630)));
        });
    }

    [Test]
    public async Task A_share_image_asked_again_with_its_entity_tag_is_not_sent_again()
    {
        var path = "/chia-se/san-pham/" + Site.FiveStars.Slug + ".png";
        using var first = await Site.Client.GetAsync(path);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await Site.Client.SendAsync(again);

        Assert.Multiple(() =>
        {
            Assert.That(first.Headers.CacheControl?.Public, Is.True);
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        });
    }
}
