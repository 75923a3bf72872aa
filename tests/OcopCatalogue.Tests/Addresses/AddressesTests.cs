using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.BackOffice.Editing;
using OcopCatalogue.Tests.BackOffice.OfficersList;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Addresses;

/// <summary>Addresses after the 2025 reorganisation, on a copy of the repository's content: pages, filters,
/// statistics and search by today's units, and staff correcting them in the back office.</summary>
[NonParallelizable]
public sealed partial class AddressesTests : EditingFixture
{
    private static readonly string[] LongMyProducts = ["/san-pham/buoi-da-xanh-long-my", "/san-pham/mang-cau-xiem-long-my"];

    [TestCase("hau giang")]
    [TestCase("Hậu Giang")]
    [TestCase("can tho")]
    [TestCase("Cần Thơ")]
    [TestCase("long my")]
    public async Task Old_and_new_names_each_find_the_products_of_Long_My(string query)
    {
        var found = await ProductsFoundAsync(query);

        Assert.That(found, Is.SupersetOf(LongMyProducts));
    }

    [Test]
    public async Task The_old_and_the_new_province_name_find_the_same_products()
    {
        var byOld = await ProductsFoundAsync("hau giang");
        var byNew = await ProductsFoundAsync("can tho");

        Assert.Multiple(() =>
        {
            Assert.That(byOld, Is.EquivalentTo(byNew));
            Assert.That(byOld, Is.EquivalentTo(LongMyProducts), "only Long Mỹ's products were published in Hậu Giang");
        });
    }

    [Test]
    public async Task An_old_district_name_still_finds_its_products_after_the_district_level_is_gone()
    {
        var found = await ProductsFoundAsync("long xuyen");

        Assert.That(found, Does.Contain("/san-pham/mut-dau-tam"), "a producer published in Thành phố Long Xuyên");
    }

    [Test]
    public async Task The_locality_filter_counts_by_todays_province_as_the_catalogue_holds_it()
    {
        var catalogue = await HtmlPage.GetAsync(Site.CreateClient(), "/san-pham");
        string Option(string key) => HtmlPage.Collapse(catalogue.Document.QuerySelector($"#f-dia-phuong option[value='{key}']")?.TextContent ?? "");
        var canTho = await HtmlPage.GetAsync(Site.CreateClient(), "/san-pham?dia-phuong=can-tho");
        var listed = canTho.Document.QuerySelectorAll(".results a[href^='/san-pham/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        var stored = await Site.WithDbAsync(db => db.Products.CountAsync(p => p.State == PublicationState.Published
            && (p.Producer != null ? p.Producer.Address.CurrentProvince == "Cần Thơ" : p.OriginCurrentProvince == "Cần Thơ")));

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(2));
            Assert.That(Option("can-tho"), Is.EqualTo($"Cần Thơ ({stored})"));
            Assert.That(Count(canTho.Document.QuerySelector("#results-title")?.TextContent ?? ""), Is.EqualTo(stored));
            Assert.That(listed, Is.EquivalentTo(LongMyProducts));
            Assert.That(Option("huyen-long-my"), Is.Empty, "the old district is no longer a choice of its own");
            Assert.That(Option("hau-giang"), Is.Empty, "nor is the old province");
            Assert.That(Option("dong-nai"), Does.StartWith("Đồng Nai ("));
            Assert.That(Option("an-giang"), Does.StartWith("An Giang ("));
        });
    }

    [Test]
    public async Task Statistics_by_locality_count_by_todays_province_and_each_number_equals_the_catalogue_it_links_to()
    {
        var page = await HtmlPage.GetAsync(Site.CreateClient(), "/thong-ke");
        var rows = page.Document.QuerySelectorAll("#theo-dia-phuong ~ .chart-pair tbody tr")
            .Select(r => (Name: HtmlPage.Collapse(r.QuerySelector("th")!.TextContent), Link: r.QuerySelector("a")!))
            .ToList();

        Assert.That(rows.Select(r => r.Name), Does.Contain("An Giang").And.SubsetOf(new[] { "An Giang", "Cần Thơ", "Đồng Nai" }), "today's provinces, no district");
        foreach (var (name, link) in rows)
        {
            var listed = await HtmlPage.GetAsync(Site.CreateClient(), WebUtility.HtmlDecode(link.GetAttribute("href")!));
            Assert.That(Count(link.TextContent), Is.EqualTo(Count(listed.Document.QuerySelector("#results-title")?.TextContent ?? "")), name);
        }
    }

    [Test]
    public async Task The_sales_point_directory_groups_by_todays_province_when_its_commune_is_not_certain()
    {
        var page = await HtmlPage.GetAsync(Site.CreateClient(), "/diem-ban");
        var options = page.Document.QuerySelectorAll("#f-dia-phuong option").Select(o => HtmlPage.Collapse(o.TextContent)).ToList();

        Assert.That(options, Does.Contain("An Giang").And.Not.Contain("Thành phố Long Xuyên"));
    }

    [TestCase("/chu-the/ho-kinh-doanh-vuong-thi-lien", "Tổ 09, ấp Mỹ Long 2, Xã Mỹ Hòa Hưng, An Giang", "địa chỉ trước 1/7/2025")]
    [TestCase("/en/producers/ho-kinh-doanh-vuong-thi-lien", "Tổ 09, ấp Mỹ Long 2, Xã Mỹ Hòa Hưng, An Giang", "address before 1 July 2025")]
    public async Task With_a_certain_mapping_the_page_shows_todays_address_with_the_published_one_beside_it(string path, string current, string label)
    {
        var page = await HtmlPage.GetAsync(Site.CreateClient(), path);
        var address = page.Document.QuerySelector(".address-current");
        var before = page.Document.QuerySelector(".address-before");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(address?.TextContent, Is.EqualTo(current));
            Assert.That(HtmlPage.Collapse(before?.TextContent ?? ""), Is.EqualTo($"({label}: Tổ 09, ấp Mỹ Long 2, Xã Mỹ Hòa Hưng, Thành phố Long Xuyên, An Giang)"));
        });
    }

    [TestCase("/chu-the/co-so-do-mai", "Khóm Tây Khánh 2, Phường Mỹ Hoà, Thành phố Long Xuyên, An Giang")]
    [TestCase("/san-pham/buoi-da-xanh-long-my", "Huyện Long Mỹ, Hậu Giang")]
    [TestCase("/chu-the/ho-kinh-doanh-minh-duc", "Phường Long Khánh, Đồng Nai")]
    public async Task Without_a_certain_new_commune_or_with_nothing_changed_the_page_shows_only_the_published_address(string path, string published)
    {
        var page = await HtmlPage.GetAsync(Site.CreateClient(), path);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.MainText, Does.Contain(published));
            Assert.That(page.Document.QuerySelector(".address-before"), Is.Null, "no guess at today's commune, and nothing to put beside it");
            Assert.That(page.MainText, Does.Not.Contain("địa chỉ trước 1/7/2025"));
        });
    }

    [Test]
    public async Task Staff_set_todays_units_of_a_producer_and_the_page_the_file_and_the_audit_trail_follow()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var id = await Site.WithDbAsync(db => db.Producers.Where(p => p.Slug == "thao-an-khang").Select(p => p.Id).SingleAsync());
        var edit = $"/backoffice/chu-the/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.CurrentProvince");
        form.Set("Form.CurrentCommuneOrWard", "Phường Kiểm Thử").Set("Form.CurrentProvince", "An Giang");

        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var page = await PublicAsync("/chu-the/thao-an-khang");
        var stored = await Site.WithDbAsync(db => db.Producers.AsNoTracking().SingleAsync(p => p.Id == id));
        var file = File.ReadAllText(Path.Combine(USync.Path, "producers", "thao-an-khang.json"));
        var audited = await Site.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.ItemId == id && a.UserId == editor.UserId));

        Assert.Multiple(() =>
        {
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(stored.Address.CurrentCommuneOrWard, Is.EqualTo("Phường Kiểm Thử"));
            Assert.That(stored.Address.District, Is.EqualTo("Thành phố Long Xuyên"), "the published address is kept");
            Assert.That(page, Does.Contain("Số 20, đường 12, Khu đô thị Sao Mai, Phường Kiểm Thử, An Giang").And.Contain("địa chỉ trước 1/7/2025"));
            Assert.That(file, Does.Contain("\"currentCommuneOrWard\": \"Phường Kiểm Thử\""));
            Assert.That(audited, Is.True);
        });
    }

    [Test]
    public async Task A_current_commune_without_its_province_is_refused_beside_the_field_and_nothing_changes()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var id = await Site.WithDbAsync(db => db.Producers.Where(p => p.Slug == "nong-trai-phan-nam").Select(p => p.Id).SingleAsync());
        var edit = $"/backoffice/chu-the/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.CurrentProvince");
        form.Set("Form.CurrentCommuneOrWard", "Phường Không Tỉnh").Set("Form.CurrentProvince", "");

        using var response = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var page = await DocumentAsync(response);
        var stored = await Site.WithDbAsync(db => db.Producers.AsNoTracking().SingleAsync(p => p.Id == id));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, "Form.CurrentProvince"), Is.EqualTo("Xã, phường hiện nay cần có tỉnh, thành phố hiện nay."));
            Assert.That(page.QuerySelector("#Form_CurrentCommuneOrWard")?.GetAttribute("value"), Is.EqualTo("Phường Không Tỉnh"), "as typed");
            Assert.That(stored.Address.CurrentCommuneOrWard, Is.Null);
        });
    }

    [Test]
    public async Task Setting_todays_units_without_the_antiforgery_token_is_refused()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var id = await Site.WithDbAsync(db => db.Producers.Where(p => p.Slug == "dau-tam-2-thuan").Select(p => p.Id).SingleAsync());
        var edit = $"/backoffice/chu-the/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.CurrentProvince");

        using var response = await editor.PostWithoutTokenAsync(edit + "?handler=Publish", form.WithoutToken().Select(f => f.Key == "Form.CurrentCommuneOrWard" ? new KeyValuePair<string, string>(f.Key, "Phường Giả") : f));
        var stored = await Site.WithDbAsync(db => db.Producers.AsNoTracking().SingleAsync(p => p.Id == id));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(stored.Address.CurrentCommuneOrWard, Is.Null);
        });
    }

    [Test]
    public async Task The_sales_point_form_offers_todays_units_beside_the_published_address()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var id = await Site.WithDbAsync(db => db.SalesPoints.Select(p => p.Id).FirstAsync());

        var form = await FilledForm.ReadAsync(editor.Client, $"/backoffice/diem-ban/{id}", "Form.CurrentProvince");

        Assert.Multiple(() =>
        {
            Assert.That(form["Form.CurrentProvince"], Is.EqualTo("An Giang"));
            Assert.That(form["Form.CurrentCommuneOrWard"], Is.Empty);
            Assert.That(form["Form.District"], Is.EqualTo("Thành phố Long Xuyên"));
        });
    }

    [Test]
    public async Task Pages_with_both_addresses_and_the_marked_filters_are_valid_html()
    {
        using var client = Site.CreateClient();
        var errors = await ValidHtml.ErrorsAsync(client,
            ["/chu-the/ho-kinh-doanh-vuong-thi-lien", "/en/producers/ho-kinh-doanh-vuong-thi-lien", "/san-pham/buoi-da-xanh-long-my", "/san-pham?dia-phuong=can-tho", "/diem-ban", "/thong-ke"]);

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }

    [Test]
    public async Task The_officers_list_filters_by_todays_province()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var page = await HtmlPage.ParseAsync(await editor.Client.GetAsync(new Uri("/backoffice/danh-sach-ocop", UriKind.Relative)));
        var localities = page.Document.QuerySelectorAll("select#dia-ban option").Select(o => o.GetAttribute("value")).ToList();
        var anGiang = await HtmlPage.ParseAsync(await editor.Client.GetAsync(new Uri("/backoffice/danh-sach-ocop?dia-ban=An%20Giang", UriKind.Relative)));
        var workbook = await OfficersListTests.WorkbookAsync(editor, "/backoffice/danh-sach-ocop?handler=xlsx&dia-ban=An%20Giang");

        Assert.Multiple(() =>
        {
            Assert.That(localities, Does.Contain("An Giang"));
            Assert.That(localities, Does.Not.Contain("Thành phố Long Xuyên"), "the district level is gone; its producers are under An Giang");
            Assert.That(anGiang.Document.QuerySelector("select#dia-ban option[selected]")?.GetAttribute("value"), Is.EqualTo("An Giang"));
            Assert.That(workbook.Skip(4).Select(r => r["B"]?.ToString()), Does.Contain("Mứt dâu tằm"), "a product of a producer published in Thành phố Long Xuyên");
        });
    }

    [Test]
    public async Task Open_data_gives_todays_units_beside_the_published_address()
    {
        var json = await Site.CreateClient().GetStringAsync(new Uri("/du-lieu-mo/chu-the.json", UriKind.Relative));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var producer = document.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "dau-tam-2-thuan");

        Assert.Multiple(() =>
        {
            Assert.That(producer.GetProperty("district").GetString(), Is.EqualTo("Thành phố Long Xuyên"), "as published");
            Assert.That(producer.GetProperty("current_province").GetString(), Is.EqualTo("An Giang"));
            Assert.That(producer.GetProperty("current_commune_or_ward").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "not certain: empty, never guessed");
        });
    }

    private async Task<List<string>> ProductsFoundAsync(string query)
    {
        using var scope = Site.Services.CreateScope();
        var results = await scope.ServiceProvider.GetRequiredService<SiteSearch>()
            .SearchAsync(new SearchRequest { Query = query, Kinds = [SearchItemKind.Product], PageSize = 50 });
        return [.. results.Hits.Select(h => "/san-pham/" + h.Slug)];
    }

    private static int Count(string text) => int.Parse(Digits().Replace(text, ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}
