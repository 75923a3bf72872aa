using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.BackOffice.Editing;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.BackOffice.Batches;

/// <summary>The batch list and edit pages through HTTP, on the workflow engine; the public page is the scan page.</summary>
public sealed class BatchEditingTests : EditingFixture
{
    private const string List = "/backoffice/lo-hang";
    private const string New = "/backoffice/lo-hang/moi";
    /// <summary>Trà Xạ đen's GTIN in uSync/ (GS1 Prefix 952, reserved for examples).</summary>
    private const string TraXaDenGtin = "09520123456788";

    private async Task<List<KeyValuePair<string, string>>> FieldsAsync(string lot, params (string Key, string Value)[] more)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.ProductId", (await Site.ProductIdAsync("tra-xa-den")).ToString()),
            new("Form.LotCode", lot),
            new("Form.ProductionDate", "2026-11-02"),
            new("Form.ExpiryDate", "2028-11-01"),
            new("Form.QuantityProduced", "1.200"),
            new("Form.QuantityUnit", "hộp"),
            new("Form.OriginPlace", "Núi Cấm, An Giang"),
            new("Form.GrowingAreaCode", "THU-VT-0001"),
            new("Form.Events[0].Step", "Harvesting"),
            new("Form.Events[0].On", "2026-10-20"),
            new("Form.Events[0].Note", "bước một"),
            new("Form.Events[1].Step", "Processing"),
            new("Form.Events[1].On", "2026-10-25"),
            new("Form.Events[1].Note", "bước hai"),
            new("Form.Events[2].Step", "Inspecting"),
            new("Form.Events[2].On", "2026-10-25"),
            new("Form.Events[2].Note", "bước ba"),
            new("Form.Events[3].Step", "Packing"),
            new("Form.Events[3].On", "2026-11-02"),
            new("Form.Events[3].Where", "Xưởng đóng gói thử"),
            new("Form.Events[3].Note", "bước bốn"),
            new("Form.Certifications[0].Scheme", "VietGAP (thử)"),
            new("Form.Certifications[0].Number", "THU-0001"),
            new("Form.Certifications[0].ValidUntil", "2028-01-01"),
            new("Form.LabTests[0].What", "Độ ẩm (thử)"),
            new("Form.LabTests[0].Laboratory", "Phòng thử nghiệm thử"),
            new("Form.LabTests[0].TestedOn", "2026-10-28"),
            new("Form.LabTests[0].Result", "Đạt"),
        };
        foreach (var (key, value) in more)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return fields;
    }

    [Test]
    public async Task A_new_batch_answers_no_scan_until_an_editor_publishes_it_and_then_its_file_is_written()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);
        await using var editor = await SignInAsync(StaffRoles.Editor);

        using var saved = await PostAsync(writer, New, "Save", await FieldsAsync("THU-01"));
        var id = IdFrom(saved, List);
        using var scanClient = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var whileDraft = await scanClient.GetAsync(new Uri($"/01/{TraXaDenGtin}/10/THU-01", UriKind.Relative));
        var edit = $"{List}/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.LotCode");
        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var scan = await PublicAsync($"/01/{TraXaDenGtin}/10/THU-01");
        var relative = $"batches/tra-xa-den-thu-01-{id.ToString("N")[..8]}.json";
        var file = USyncJson.Deserialize<BatchFile>(File.ReadAllBytes(Path.Combine(USync.Path, relative)));
        var (problems, imported) = await FreshImportAsync(relative, db => db.TraceBatches.AnyAsync(b => b.Id == id && b.State == PublicationState.Published));

        Assert.Multiple(() =>
        {
            Assert.That(whileDraft.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther), "a draft lot is an unknown lot to the public");
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(scan, Does.Contain("THU-01").And.Contain("Núi Cấm, An Giang").And.Contain("VietGAP (thử)").And.Contain("1200 hộp"));
            Assert.That(file.Key, Is.EqualTo(id));
            Assert.That(file.QuantityProduced, Is.EqualTo(1200));
            Assert.That(file.State, Is.EqualTo(PublicationState.Published));
            Assert.That(file.Events.Select(e => e.Note), Is.EqualTo(new[] { "bước một", "bước hai", "bước ba", "bước bốn" }));
            Assert.That(problems, Is.Empty, "the written file passes the uSync rules of a fresh import");
            Assert.That(imported, Is.True);
        });
    }

    [Test]
    public async Task Two_batches_whose_product_and_lot_read_alike_as_slugs_each_keep_their_own_usync_file()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        using var dotted = await PostAsync(editor, New, "Publish", await FieldsAsync("THU.TRUNG"));
        using var hyphened = await PostAsync(editor, New, "Publish", await FieldsAsync("THU-TRUNG"));
        var first = IdFrom(dotted, List);
        var second = IdFrom(hyphened, List);
        var keys = Directory.EnumerateFiles(Path.Combine(USync.Path, "batches"), "tra-xa-den-thu-trung*.json")
            .Select(f => USyncJson.Deserialize<BatchFile>(File.ReadAllBytes(f)).Key)
            .ToList();
        var notice = await HtmlPage.GetAsync(editor.Client, $"{List}/{second}");

        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.EquivalentTo(new[] { first, second }), "one file each; neither overwrote the other");
            Assert.That(notice.Document.QuerySelector(".bo-warning"), Is.Null, "both exports succeeded");
        });
    }

    [Test]
    public async Task Publishing_never_writes_over_a_file_that_holds_another_items_key_and_tells_the_editor()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        using var saved = await PostAsync(editor, New, "Save", await FieldsAsync("THU-CHIEM"));
        var id = IdFrom(saved, List);
        var taken = Path.Combine(USync.Path, "batches", $"tra-xa-den-thu-chiem-{id.ToString("N")[..8]}.json");
        var foreign = File.ReadAllText(Path.Combine(USync.Path, "batches", "tra-xa-den-xd2025-07-5b0e3c1a.json"));
        File.WriteAllText(taken, foreign);
        var edit = $"{List}/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.LotCode");

        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var after = await HtmlPage.GetAsync(editor.Client, edit);
        var state = await Site.WithDbAsync(db => db.TraceBatches.Where(b => b.Id == id).Select(b => b.State).SingleAsync());
        var kept = File.ReadAllText(taken);
        File.Delete(taken);

        Assert.Multiple(() =>
        {
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(state, Is.EqualTo(PublicationState.Published), "the publish itself is committed");
            Assert.That(after.Document.QuerySelector(".bo-warning")?.TextContent, Does.Contain("ghi tệp uSync"), "the editor reads that the file was not written");
            Assert.That(kept, Is.EqualTo(foreign), "the other item's file is untouched");
        });
    }

    [Test]
    public async Task A_batch_has_no_preview_link_in_its_panel_history_or_the_review_queue_as_it_has_no_public_page_to_preview()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);
        await using var editor = await SignInAsync(StaffRoles.Editor);
        using var sent = await PostAsync(writer, New, "Send", await FieldsAsync("THU-XEM"));
        var id = IdFrom(sent, List);
        var panel = await HtmlPage.GetAsync(editor.Client, $"{List}/{id}");
        var history = await HtmlPage.GetAsync(editor.Client, $"/backoffice/lich-su/lo-hang/{id}");
        var queue = await HtmlPage.GetAsync(editor.Client, "/backoffice/duyet");
        var queueRow = queue.Document.QuerySelectorAll("table.bo-review tbody tr").FirstOrDefault(r => r.TextContent.Contains("THU-XEM", StringComparison.Ordinal));
        var productPanel = await HtmlPage.GetAsync(editor.Client, $"/backoffice/san-pham/{await Site.WithDbAsync(db => db.Products.Where(p => p.Slug == "tra-xa-den").Select(p => p.Id).SingleAsync())}");

        Assert.Multiple(() =>
        {
            Assert.That(panel.Document.QuerySelectorAll("a[href^='/backoffice/xem-truoc/']"), Is.Empty, "the batch's workflow panel");
            Assert.That(history.Document.QuerySelectorAll("a[href^='/backoffice/xem-truoc/']"), Is.Empty, "the batch's history");
            Assert.That(queueRow, Is.Not.Null, "the batch waits in the review queue");
            Assert.That(queueRow?.QuerySelectorAll("a[href^='/backoffice/xem-truoc/']"), Is.Empty, "the batch's row in the review queue");
            Assert.That(queueRow?.QuerySelectorAll("a[href^='/backoffice/so-sanh/']"), Is.Not.Empty, "the other links stay");
            Assert.That(productPanel.Document.QuerySelectorAll("a[href^='/backoffice/xem-truoc/']"), Is.Not.Empty, "a product still has its preview");
        });
    }

    [Test]
    public async Task History_comparison_rollback_and_the_recycle_bin_work_for_batches()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        using var first = await PostAsync(editor, New, "Publish", await FieldsAsync("THU-06"));
        var id = IdFrom(first, List);
        var edit = $"{List}/{id}";
        var history = $"/backoffice/lich-su/lo-hang/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.LotCode");
        form.Set("Form.OriginPlace", "Vùng trồng đã đổi");
        using var second = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var changed = await PublicAsync($"/01/{TraXaDenGtin}/10/THU-06");
        var comparison = await HtmlPage.GetAsync(editor.Client, $"/backoffice/so-sanh/lo-hang/{id}?a=1&b=2");
        using var rolledBack = await editor.PostFormAsync(history, [new("version", "1")], history + "?handler=RollbackPublish");
        var restoredOrigin = await PublicAsync($"/01/{TraXaDenGtin}/10/THU-06");
        using var deleted = await editor.PostFormAsync(edit, [], edit + "?handler=Delete");
        using var scanClient = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var scanWhileBinned = await scanClient.GetAsync(new Uri($"/01/{TraXaDenGtin}/10/THU-06", UriKind.Relative));
        var bin = await HtmlPage.GetAsync(editor.Client, "/backoffice/thung-rac");
        var listWhileBinned = await HtmlPage.GetAsync(editor.Client, List + "?q=THU-06");
        using var restored = await editor.PostFormAsync("/backoffice/thung-rac", [new("type", "Batch"), new("id", id.ToString())], "/backoffice/thung-rac?handler=Restore");
        var state = await Site.WithDbAsync(db => db.TraceBatches.Where(b => b.Id == id).Select(b => b.State).SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That(changed, Does.Contain("Vùng trồng đã đổi"));
            Assert.That(comparison.MainText, Does.Contain("Núi Cấm, An Giang").And.Contain("Vùng trồng đã đổi"));
            Assert.That(rolledBack.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(restoredOrigin, Does.Contain("Núi Cấm, An Giang").And.Not.Contain("Vùng trồng đã đổi"));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(scanWhileBinned.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther), "a batch in the bin answers no scan");
            Assert.That(bin.MainText, Does.Contain("Trà Xạ đen · THU-06"));
            Assert.That(listWhileBinned.MainText, Does.Not.Contain("THU-06"), "the list leaves binned batches out");
            Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(state, Is.Not.EqualTo(PublicationState.Published), "a restored batch waits to be published again");
        });
    }

    [Test]
    public async Task The_timeline_keeps_the_order_the_writer_gives_it_through_row_moves_save_and_publish()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);

        // Inspection moved above processing (same day): the order is the writer's, not a sort by date.
        using var moved = await editor.PostFormAsync(New, (await FieldsAsync("THU-02")).Append(new("row", "events:up:2")), New + "?handler=Row");
        var movedPage = await DocumentAsync(moved);
        var notesAfterMove = Enumerable.Range(0, 4).Select(i => movedPage.QuerySelector($"[name='Form.Events[{i}].Note']")?.GetAttribute("value")).ToList();
        var fields = await FieldsAsync("THU-02",
            ("Form.Events[1].Step", "Inspecting"), ("Form.Events[1].Note", "bước ba"),
            ("Form.Events[2].Step", "Processing"), ("Form.Events[2].Note", "bước hai"));
        using var published = await PostAsync(editor, New, "Publish", fields);
        var id = IdFrom(published, List);
        var stored = await Site.WithDbAsync(db => db.TraceBatches.AsNoTracking().SingleAsync(b => b.Id == id));
        var scan = await PublicAsync($"/01/{TraXaDenGtin}/10/THU-02");
        var positions = new[] { "bước một", "bước ba", "bước hai", "bước bốn" }.Select(n => scan.IndexOf(n, StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(notesAfterMove, Is.EqualTo(new[] { "bước một", "bước ba", "bước hai", "bước bốn" }));
            Assert.That(movedPage.QuerySelector("[name='Form.Events[1].Step'] option[selected]")?.GetAttribute("value"), Is.EqualTo("Inspecting"));
            Assert.That(stored.Events.Select(e => e.Step), Is.EqualTo(new[] { TraceStep.Harvesting, TraceStep.Inspecting, TraceStep.Processing, TraceStep.Packing }));
            Assert.That(positions, Is.All.GreaterThan(0));
            Assert.That(positions, Is.Ordered, "the scan page lists the steps in the same order");
        });
    }

    [Test]
    public async Task Wrong_values_come_back_with_Vietnamese_messages_beside_their_fields_and_as_typed()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var response = await PostAsync(writer, New, "Save", await FieldsAsync("LÔ 01",
            ("Form.ExpiryDate", "2026-01-01"), ("Form.QuantityProduced", "nhiều"), ("Form.Events[3].On", "2026-10-01"),
            ("Form.Certifications[0].Scheme", "")));
        var page = await DocumentAsync(response);
        using var badCharacter = await PostAsync(writer, New, "Save", await FieldsAsync("LO#7"));
        var badCharacterPage = await DocumentAsync(badCharacter);
        var stored = await Site.WithDbAsync(db => db.TraceBatches.AnyAsync(b => b.LotCode == "LO#7" || b.LotCode == "LÔ 01"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, "Form.LotCode"), Is.EqualTo("Số lô không được có dấu cách."));
            Assert.That(MessageFor(badCharacterPage, "Form.LotCode"), Does.StartWith("Số lô có ký tự “#”"));
            Assert.That(MessageFor(page, "Form.ExpiryDate"), Is.EqualTo("Hạn sử dụng phải sau ngày sản xuất."));
            Assert.That(MessageFor(page, "Form.QuantityProduced"), Does.StartWith("Nhập một số nguyên"));
            Assert.That(MessageFor(page, "Form.Events[3].On"), Does.StartWith("Ngày của bước này trước ngày của bước phía trên"));
            Assert.That(MessageFor(page, "Form.Certifications[0].Scheme"), Is.EqualTo("Vui lòng nhập thông tin này."));
            Assert.That(page.QuerySelector("#Form_LotCode")?.GetAttribute("value"), Is.EqualTo("LÔ 01"));
            Assert.That(page.QuerySelector("#Form_QuantityProduced")?.GetAttribute("value"), Is.EqualTo("nhiều"));
            Assert.That(page.QuerySelector("[name='Form.Certifications[0].Number']")?.GetAttribute("value"), Is.EqualTo("THU-0001"));
            Assert.That(page.QuerySelector("[name='Form.Events[3].Where']")?.GetAttribute("value"), Is.EqualTo("Xưởng đóng gói thử"));
            Assert.That(stored, Is.False);
        });
    }

    [Test]
    public async Task A_lot_the_product_already_has_is_refused_beside_the_lot_field()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);

        // XD2025-07 is Trà Xạ đen's sample batch in uSync/.
        using var response = await PostAsync(editor, New, "Save", await FieldsAsync("XD2025-07"));
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, "Form.LotCode"), Is.EqualTo("Sản phẩm này đã có một lô mang số lô này."));
        });
    }

    [Test]
    public async Task A_writer_gets_403_for_publish_and_400_without_the_antiforgery_token()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var publish = await PostAsync(writer, New, "Publish", await FieldsAsync("THU-03"));
        using var noToken = await writer.PostWithoutTokenAsync(New + "?handler=Save", await FieldsAsync("THU-04"));
        using var noTokenRow = await writer.PostWithoutTokenAsync(New + "?handler=Row", (await FieldsAsync("THU-04")).Append(new("row", "events:add:0")));
        var stored = await Site.WithDbAsync(db => db.TraceBatches.AnyAsync(b => b.LotCode == "THU-03" || b.LotCode == "THU-04"));

        Assert.Multiple(() =>
        {
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noTokenRow.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(stored, Is.False);
        });
    }

    [Test]
    public async Task A_producer_limited_writer_gets_404_for_another_producers_batch_and_does_not_see_it_listed()
    {
        var otherBatch = await Site.WithDbAsync(db => db.TraceBatches.Where(b => b.LotCode == "TN2025-03").Select(b => b.Id).SingleAsync());
        var ownBatch = await Site.WithDbAsync(db => db.TraceBatches.Where(b => b.LotCode == "XD2025-07").Select(b => b.Id).SingleAsync());
        var otherProduct = await Site.ProductIdAsync("thot-not-dong-lon");
        await using var limited = await SignInAsync(StaffRoles.Writer, await Site.ProducerOfAsync("tra-xa-den"));
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var editorForm = await FilledForm.ReadAsync(editor.Client, $"{List}/{otherBatch}", "Form.LotCode");

        using var open = await limited.Client.GetAsync(new Uri($"{List}/{otherBatch}", UriKind.Relative));
        using var history = await limited.Client.GetAsync(new Uri($"/backoffice/lich-su/lo-hang/{otherBatch}", UriKind.Relative));
        using var openOwn = await limited.Client.GetAsync(new Uri($"{List}/{ownBatch}", UriKind.Relative));
        // A token from a page the writer may open, with the fields an editor's form would send.
        var token = await BackOfficeSession.TokenAsync(limited.Client, New);
        using var save = await limited.Client.PostAsync(new Uri($"{List}/{otherBatch}?handler=Save", UriKind.Relative),
            new FormUrlEncodedContent(editorForm.WithoutToken().Append(new("__RequestVerificationToken", token))));
        using var createForOther = await PostAsync(limited, New, "Save",
            await FieldsAsync("THU-05", ("Form.ProductId", otherProduct.ToString())));
        var createPage = await DocumentAsync(createForOther);
        var list = await HtmlPage.GetAsync(limited.Client, List);

        Assert.Multiple(() =>
        {
            Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(history.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(openOwn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(createForOther.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(createPage, "Form.ProductId"), Is.EqualTo("Không tìm thấy sản phẩm đã chọn."));
            Assert.That(list.MainText, Does.Contain("XD2025-07"));
            Assert.That(list.MainText, Does.Not.Contain("TN2025-03"));
            Assert.That(list.MainText, Does.Not.Contain("Thốt nốt"), "nor the other producer's products in the filter");
        });
    }

    [Test]
    public async Task The_list_filters_by_product_and_production_dates_and_ignores_nonsense()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var traXaDen = await Site.ProductIdAsync("tra-xa-den");

        var byProduct = await HtmlPage.GetAsync(editor.Client, $"{List}?san-pham={traXaDen}");
        var byDates = await HtmlPage.GetAsync(editor.Client, $"{List}?tu-ngay=2025-03-01&den-ngay=2025-03-31");
        var byLot = await HtmlPage.GetAsync(editor.Client, $"{List}?q=xd2025");
        var nonsense = await HtmlPage.GetAsync(editor.Client, $"{List}?san-pham=abc&tu-ngay=hôm-qua&trang-thai=%3Cscript%3E&trang=-4");

        Assert.Multiple(() =>
        {
            Assert.That(byProduct.MainText, Does.Contain("XD2025-07").And.Not.Contain("TN2025-03"));
            Assert.That(byLot.MainText, Does.Contain("XD2025-07").And.Not.Contain("TN2025-03"));
            Assert.That(nonsense.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(nonsense.MainText, Does.Contain("XD2025-07").And.Contain("TN2025-03"));
            Assert.That(byDates.MainText, Does.Contain("TN2025-03").And.Not.Contain("XD2025-07"));
        });
    }
}
