using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Tests.BackOffice.Editing;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.BackOffice.SalesPoints;

/// <summary>The sales point list and edit pages through HTTP, on the workflow engine.</summary>
public sealed class SalesPointEditingTests : EditingFixture
{
    private const string List = "/backoffice/diem-ban";
    private const string New = "/backoffice/diem-ban/moi";

    private static List<KeyValuePair<string, string>> Fields(string name, params (string Key, string Value)[] more)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Name", name),
            new("Form.Kind", "Shop"),
            new("Form.Operator", "Hợp tác xã thử nghiệm"),
            new("Form.CommuneOrWard", "Phường Mỹ Bình"),
            new("Form.Province", "An Giang"),
            new("Form.Latitude", "10,3759"),
            new("Form.Longitude", "105.4185"),
            new("Form.Phone", "0296 3841 234"),
            new("Form.Weekly[0].Day", "Monday"),
            new("Form.Weekly[0].Opens", "07:30"),
            new("Form.Weekly[0].Closes", "11:30"),
            new("Form.Weekly[1].Day", "Monday"),
            new("Form.Weekly[1].Opens", "13:30"),
            new("Form.Weekly[1].Closes", "17:00"),
            new("Form.Exceptions[0].From", "2027-02-05"),
            new("Form.Exceptions[0].To", "2027-02-10"),
            new("Form.Exceptions[0].Hours", ""),
            new("Form.Exceptions[0].Note", "Nghỉ Tết"),
            new("Form.Description", "Cửa hàng thử nghiệm bày bán đặc sản của tỉnh."),
            new("Form.Photos[0].Path", "/media/thu/cua-hang.jpg"),
            new("Form.Photos[0].Alt", "Quầy hàng nhìn từ cửa vào"),
            new("Form.LastVerified", "2026-12-01"),
        };
        foreach (var (key, value) in more)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return fields;
    }

    [Test]
    public async Task A_new_sales_point_is_a_hidden_draft_until_an_editor_publishes_it_and_then_its_file_is_written()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);
        await using var editor = await SignInAsync(StaffRoles.Editor);

        using var saved = await PostAsync(writer, New, "Save", Fields("Cửa hàng đặc sản Mỹ Bình"));
        var id = IdFrom(saved, List);
        var whileDraft = await PublicAsync("/diem-ban/cua-hang-dac-san-my-binh");
        var edit = $"{List}/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var live = await PublicAsync("/diem-ban/cua-hang-dac-san-my-binh");
        var file = USyncJson.Deserialize<SalesPointFile>(File.ReadAllBytes(Path.Combine(USync.Path, "sales-points", "cua-hang-dac-san-my-binh.json")));
        var (problems, imported) = await FreshImportAsync("sales-points/cua-hang-dac-san-my-binh.json", db => db.SalesPoints.AnyAsync(s => s.Id == id));

        Assert.Multiple(() =>
        {
            Assert.That(whileDraft, Is.EqualTo("HTTP 404"));
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(live, Does.Contain("Cửa hàng đặc sản Mỹ Bình").And.Contain("0296 3841 234"));
            Assert.That(file.Key, Is.EqualTo(id));
            Assert.That(file.Latitude, Is.EqualTo(10.3759), "a comma decimal is read as the same number");
            Assert.That(file.Schedule.Weekly.Select(w => $"{w.Day} {w.Opens}-{w.Closes}"), Is.EqualTo(new[] { "Monday 07:30-11:30", "Monday 13:30-17:00" }));
            Assert.That(file.Schedule.Exceptions.Single().Hours, Is.Empty, "no hours on dated days means closed");
            Assert.That(file.Photos.Single().Alt, Is.EqualTo("Quầy hàng nhìn từ cửa vào"));
            Assert.That(file.State.ToString(), Is.EqualTo("Published"));
            Assert.That(problems, Is.Empty, "the written file passes the uSync rules of a fresh import");
            Assert.That(imported, Is.True);
        });
    }

    [Test]
    public async Task Wrong_values_come_back_with_Vietnamese_messages_beside_their_fields_and_as_typed()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var response = await PostAsync(writer, New, "Save", Fields("Quầy OCOP chợ Long Xuyên",
            ("Form.Latitude", "95,5"), ("Form.Phone", "gọi cho chị Lan"), ("Form.Weekly[1].Closes", "25:00"),
            ("Form.Exceptions[0].To", "2027-02-01"), ("Form.Photos[0].Alt", " ")));
        var page = await DocumentAsync(response);
        var stored = await Site.WithDbAsync(db => db.SalesPoints.AnyAsync(s => s.Name == "Quầy OCOP chợ Long Xuyên"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, "Form.Latitude"), Does.StartWith("Toạ độ phải là số thập phân trong khoảng từ -90 đến 90"));
            Assert.That(MessageFor(page, "Form.Phone"), Does.StartWith("Số điện thoại chỉ gồm"));
            Assert.That(MessageFor(page, "Form.Weekly[1].Closes"), Does.StartWith("Giờ không đúng dạng"));
            Assert.That(MessageFor(page, "Form.Exceptions[0].To"), Does.Contain("phải cùng ngày hoặc sau"));
            Assert.That(MessageFor(page, "Form.Photos[0].Alt"), Does.Contain("mô tả"));
            Assert.That(page.QuerySelector("#Form_Latitude")?.GetAttribute("value"), Is.EqualTo("95,5"));
            Assert.That(page.QuerySelector("#Form_Phone")?.GetAttribute("value"), Is.EqualTo("gọi cho chị Lan"));
            Assert.That(page.QuerySelector("[name='Form.Weekly[1].Closes']")?.GetAttribute("value"), Is.EqualTo("25:00"));
            Assert.That(page.QuerySelector("[name='Form.Exceptions[0].Note']")?.GetAttribute("value"), Is.EqualTo("Nghỉ Tết"));
            Assert.That(page.QuerySelector("#Form_Name")?.GetAttribute("value"), Is.EqualTo("Quầy OCOP chợ Long Xuyên"));
            Assert.That(stored, Is.False);
        });
    }

    [Test]
    public async Task Row_buttons_add_and_remove_opening_lines_without_saving_and_keep_the_other_fields()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var added = await writer.PostFormAsync(New, Fields("Cửa hàng thêm dòng").Append(new("row", "weekly:add:2")), New + "?handler=Row");
        var withNewRow = await DocumentAsync(added);
        using var removed = await writer.PostFormAsync(New, Fields("Cửa hàng thêm dòng").Append(new("row", "weekly:remove:0")), New + "?handler=Row");
        var withoutFirst = await DocumentAsync(removed);
        var stored = await Site.WithDbAsync(db => db.SalesPoints.AnyAsync(s => s.Name == "Cửa hàng thêm dòng"));

        Assert.Multiple(() =>
        {
            Assert.That(withNewRow.QuerySelectorAll("input[name^='Form.Weekly'][name$='.Opens']"), Has.Length.EqualTo(3));
            Assert.That(withNewRow.QuerySelector("#Form_Description")?.TextContent, Is.EqualTo("Cửa hàng thử nghiệm bày bán đặc sản của tỉnh."));
            Assert.That(withNewRow.QuerySelector("form[data-unsaved-pending]"), Is.Not.Null, "the page tells the unsaved-change warning");
            Assert.That(withoutFirst.QuerySelector("[name='Form.Weekly[0].Opens']")?.GetAttribute("value"), Is.EqualTo("13:30"));
            Assert.That(withoutFirst.QuerySelectorAll("input[name^='Form.Weekly'][name$='.Opens']"), Has.Length.EqualTo(1));
            Assert.That(stored, Is.False, "a row button saves nothing");
        });
    }

    [Test]
    public async Task A_slug_left_empty_is_made_from_the_name_and_made_unique()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);

        using var first = await PostAsync(editor, New, "Save", Fields("Điểm bán trùng tên"));
        using var second = await PostAsync(editor, New, "Save", Fields("Điểm bán trùng tên"));
        var firstId = IdFrom(first, List);
        var secondId = IdFrom(second, List);
        var slugs = await Site.WithDbAsync(db => db.SalesPoints.Where(s => s.Id == firstId || s.Id == secondId).OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync());

        Assert.That(slugs, Is.EqualTo(new[] { "diem-ban-trung-ten", "diem-ban-trung-ten-2" }));
    }

    [Test]
    public async Task A_sales_point_that_products_still_list_cannot_be_purged_from_the_bin()
    {
        var showroom = await Site.WithDbAsync(db => db.SalesPoints.Where(s => s.Slug == "diem-gioi-thieu-san-pham-ocop-my-long").Select(s => s.Id).SingleAsync());
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var product = await Site.ProductIdAsync("mang-cau-xiem-long-my");
        var productEdit = $"/backoffice/san-pham/{product}";
        var productForm = await FilledForm.ReadAsync(editor.Client, productEdit, "Form.Name");
        productForm.Set("Form.SalesPoints", showroom.ToString());
        using var linked = await editor.PostFormAsync(productEdit, productForm.WithoutToken(), productEdit + "?handler=Publish");
        var stocked = await HtmlPage.GetAsync(editor.Client, $"{List}/{showroom}");

        using var deleted = await editor.PostFormAsync($"{List}/{showroom}", [], $"{List}/{showroom}?handler=Delete");
        using var purge = await editor.PostFormAsync("/backoffice/thung-rac", [new("type", "SalesPoint"), new("id", showroom.ToString())], "/backoffice/thung-rac?handler=Purge");
        var purgePage = await DocumentAsync(purge);
        var stillThere = await Site.WithDbAsync(db => db.SalesPoints.AnyAsync(s => s.Id == showroom));
        using var restored = await editor.PostFormAsync("/backoffice/thung-rac", [new("type", "SalesPoint"), new("id", showroom.ToString())], "/backoffice/thung-rac?handler=Restore");

        Assert.Multiple(() =>
        {
            Assert.That(linked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(stocked.MainText, Does.Contain("Mãng cầu xiêm"), "the edit page lists the products that stock it");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(purge.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(purgePage.QuerySelector("main")?.TextContent, Does.Contain("Còn sản phẩm ghi điểm bán này"));
            Assert.That(stillThere, Is.True);
            Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        });
    }

    [Test]
    public async Task Preview_shows_the_draft_on_the_public_sales_point_page()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);
        using var saved = await PostAsync(writer, New, "Save", Fields("Gian hàng xem trước"));
        var id = IdFrom(saved, List);

        using var preview = await writer.Client.GetAsync(new Uri($"/backoffice/xem-truoc/diem-ban/{id}", UriKind.Relative));
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("<h1").And.Contain("Gian hàng xem trước").And.Contain("Phường Mỹ Bình"));
        });
    }

    [Test]
    public async Task A_writer_gets_403_for_publish_and_400_without_the_antiforgery_token()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var publish = await PostAsync(writer, New, "Publish", Fields("Cửa hàng người viết tự đăng"));
        using var noToken = await writer.PostWithoutTokenAsync(New + "?handler=Save", Fields("Cửa hàng không có mã chống giả mạo"));
        var stored = await Site.WithDbAsync(db => db.SalesPoints.AnyAsync(s => s.Name == "Cửa hàng người viết tự đăng" || s.Name == "Cửa hàng không có mã chống giả mạo"));

        Assert.Multiple(() =>
        {
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(stored, Is.False);
        });
    }

    [Test]
    public async Task A_producer_limited_writer_sees_no_sales_points_and_gets_404_for_one_by_id()
    {
        var showroom = await Site.WithDbAsync(db => db.SalesPoints.Where(s => s.Slug == "diem-gioi-thieu-san-pham-ocop-my-long").Select(s => s.Id).SingleAsync());
        await using var limited = await SignInAsync(StaffRoles.Writer, await Site.ProducerOfAsync("tra-xa-den"));

        using var edit = await limited.Client.GetAsync(new Uri($"{List}/{showroom}", UriKind.Relative));
        using var create = await limited.Client.GetAsync(new Uri(New, UriKind.Relative));
        var list = await HtmlPage.GetAsync(limited.Client, List);

        Assert.Multiple(() =>
        {
            Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(list.MainText, Does.Not.Contain("Mỹ Long"));
        });
    }

    [Test]
    public async Task The_list_searches_without_accents_and_filters_by_kind_and_ignores_nonsense()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        using var saved = await PostAsync(editor, New, "Save", Fields("Siêu thị Hội chợ Thử", ("Form.Kind", "Supermarket")));
        IdFrom(saved, List);

        var folded = await HtmlPage.GetAsync(editor.Client, List + "?q=sieu%20thi%20hoi%20cho");
        var otherKind = await HtmlPage.GetAsync(editor.Client, List + "?q=sieu%20thi%20hoi%20cho&loai=Fair");
        var nonsense = await HtmlPage.GetAsync(editor.Client, List + "?loai=%27%3B--&trang-thai=42&trang=abc&dia-phuong=nowhere");

        Assert.Multiple(() =>
        {
            Assert.That(folded.MainText, Does.Contain("Siêu thị Hội chợ Thử"));
            Assert.That(otherKind.MainText, Does.Not.Contain("Siêu thị Hội chợ Thử"));
            Assert.That(nonsense.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(nonsense.MainText, Does.Contain("Mỹ Long"), "malformed filters are ignored");
        });
    }

    [Test]
    public async Task A_long_list_shows_25_a_page_and_its_page_links_keep_the_filters()
    {
        await Site.WithDbAsync(db =>
        {
            db.SalesPoints.AddRange(Enumerable.Range(1, 27).Select(n => new SalesPoint
            {
                Id = Guid.NewGuid(),
                Slug = $"quay-phan-trang-{n:00}",
                Name = $"Quầy phân trang {n:00}",
                Kind = SalesPointKind.Fair,
                State = PublicationState.Draft,
            }));
            return db.SaveChangesAsync();
        });
        await using var editor = await SignInAsync(StaffRoles.Editor);

        var first = await HtmlPage.GetAsync(editor.Client, List + "?q=quay%20phan%20trang&loai=Fair&trang-thai=Draft");
        var next = first.Document.QuerySelector(".bo-pager a[rel=next]")?.GetAttribute("href");
        var second = await HtmlPage.GetAsync(editor.Client, next ?? List);
        var beyond = await HtmlPage.GetAsync(editor.Client, List + "?q=quay%20phan%20trang&trang=99");

        Assert.Multiple(() =>
        {
            Assert.That(first.Document.QuerySelectorAll(".bo-table tbody tr"), Has.Length.EqualTo(25));
            Assert.That(first.MainText, Does.Contain("Quầy phân trang 25").And.Not.Contain("Quầy phân trang 26"));
            Assert.That(next, Is.EqualTo(List + "?q=quay%20phan%20trang&loai=Fair&trang-thai=Draft&trang=2"));
            Assert.That(second.Document.QuerySelectorAll(".bo-table tbody tr"), Has.Length.EqualTo(2));
            Assert.That(second.MainText, Does.Contain("Quầy phân trang 27").And.Contain("Trang 2/2"));
            Assert.That(second.Document.QuerySelector(".bo-pager a[rel=prev]")?.GetAttribute("href"),
                Is.EqualTo(List + "?q=quay%20phan%20trang&loai=Fair&trang-thai=Draft"));
            Assert.That(beyond.MainText, Does.Contain("Quầy phân trang 27").And.Contain("Trang 2/2"), "a page past the end shows the last");
        });
    }
}
