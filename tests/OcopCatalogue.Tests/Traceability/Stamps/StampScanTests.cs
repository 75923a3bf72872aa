using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Tests.Traceability.Stamps;

/// <summary>The same verdicts for stamps of the GS1 Digital Link and of the short-code form (a product without a GTIN).</summary>
[TestFixture(StampForm.DigitalLink)]
[TestFixture(StampForm.ShortCode)]
public sealed class StampScanTests(StampForm form) : StampSite(form: form)
{
    private static string Text(HtmlPage page, string selector) => HtmlPage.Collapse(page.Document.QuerySelector(selector)?.TextContent ?? "");

    private static bool ShowsMark(HtmlPage page) => page.Document.QuerySelector("img[src*='ocop-mark'][alt]:not([alt=''])") is not null;

    private async Task<HtmlPage> ScanPageAsync(string path) => await HtmlPage.ParseAsync(await ScanAsync(path));

    [Test]
    public async Task An_issued_serial_shows_the_verdict_and_when_it_was_first_checked()
    {
        var serial = (await IssueAsync(10))[0];

        var first = await ScanPageAsync(SerialPath(serial));
        var second = await ScanPageAsync(SerialPath(serial));

        var today = VietnamTime.Today(TimeProvider.System).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Document.QuerySelector("#verdict"), Is.Not.Null);
        Assert.That(Text(first, "#stamp-checks"), Does.Contain($"Kiểm tra lần đầu ngày {today}; đã được kiểm tra 1 lần"));
        Assert.That(Text(second, "#stamp-checks"), Does.Contain($"Kiểm tra lần đầu ngày {today}; đã được kiểm tra 2 lần"));
        Assert.That(second.Html, Does.Not.Contain(StampCheckText.ChecksToken));
        Assert.That(first.Document.QuerySelector("#stamp-warning"), Is.Null);
    }

    [Test]
    public async Task The_check_count_follows_every_view_even_from_the_page_cache()
    {
        var serial = (await IssueAsync(3))[1];

        for (var i = 1; i <= 5; i++)
        {
            var page = await ScanPageAsync(SerialPath(serial));
            Assert.That(Text(page, "#stamp-checks"), Does.Contain($"đã được kiểm tra {i} lần"));
        }
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_serial_never_issued_warns_in_words_and_never_shows_the_OCOP_mark(bool wellFormed)
    {
        var issued = await IssueAsync(10);
        var madeUp = wellFormed ? MadeUp(issued) : "FAKE0001";

        var page = await ScanPageAsync(SerialPath(madeUp));

        Assert.That(Text(page, "#stamp-warning"), Does.Contain("Cảnh báo: mã này không do chương trình OCOP cấp."));
        Assert.That(page.Document.QuerySelector("#stamp-warning.scan-bad [aria-hidden]"), Is.Not.Null, "an icon beside the words");
        Assert.That(page.Document.QuerySelector("#verdict"), Is.Null);
        Assert.That(ShowsMark(page), Is.False);
        Assert.That(page.Document.QuerySelector("#stamp-checks"), Is.Null);
    }

    [Test]
    public async Task A_revoked_serial_says_it_was_revoked()
    {
        var serials = await IssueAsync(10);
        using (var revoked = await Editor.PostFormAsync(StampsPage,
            new Dictionary<string, string> { ["codes"] = serials[0] + "\n" + serials[1], ["reason"] = "Cuộn tem bị mất" }, StampsPage + "?handler=RevokeSerials"))
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var page = await ScanPageAsync(SerialPath(serials[0]));
        var kept = await ScanPageAsync(SerialPath(serials[2]));

        Assert.That(Text(page, "#stamp-warning"), Does.Contain("tem này đã bị thu hồi"));
        Assert.That(ShowsMark(page), Is.False);
        Assert.That(kept.Document.QuerySelector("#stamp-checks"), Is.Not.Null);
    }

    [Test]
    public async Task Revoking_a_print_order_revokes_each_of_its_stamps()
    {
        var serials = await IssueAsync(4);
        var order = (await OrdersAsync()).Single();

        using (var revoked = await OrderActionAsync(Editor, "RevokeOrder", order.Id, "Cuộn tem bị đánh cắp"))
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        foreach (var serial in serials)
        {
            Assert.That(Text(await ScanPageAsync(SerialPath(serial)), "#stamp-warning"), Does.Contain("thu hồi"));
        }
    }

    [Test]
    public async Task A_batch_without_issued_stamps_keeps_todays_page_for_any_serial()
    {
        var page = await ScanPageAsync(SerialPath("anything"));

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("#verdict"), Is.Not.Null);
        Assert.That(page.Document.QuerySelector("#stamp-warning"), Is.Null);
        Assert.That(page.Document.QuerySelector("#stamp-checks"), Is.Null);
    }

    [Test]
    public async Task A_batch_scan_without_a_serial_keeps_todays_page()
    {
        await IssueAsync(3);

        var page = await ScanPageAsync(BatchPath);

        Assert.That(page.Document.QuerySelector("#verdict"), Is.Not.Null);
        Assert.That(page.Document.QuerySelector("#stamp-warning"), Is.Null);
    }

    [Test]
    public async Task Staff_see_checked_stamps_and_scans_of_codes_never_issued()
    {
        var serials = await IssueAsync(5);
        var madeUp = MadeUp(serials);
        using (await ScanAsync(SerialPath(serials[0])))
        using (await ScanAsync(SerialPath(madeUp), address: "203.0.113.7"))
        {
        }

        var page = await HtmlPage.GetAsync(Editor.Client, StampsPage);

        Assert.That(Text(page, "#checked-stamps"), Does.Contain(serials[0]));
        Assert.That(Text(page, "#unissued-scans"), Does.Contain(madeUp).And.Contain("Không do chương trình cấp"));
        Assert.That(Text(page, "#stamp-orders"), Does.Contain("Đã cấp"));
    }

    [Test]
    public async Task A_made_up_serial_scanned_lists_its_batch_with_the_other_suspicious_batches()
    {
        var serials = await IssueAsync(5);
        var madeUp = MadeUp(serials);
        using (await ScanAsync(SerialPath(madeUp), address: "203.0.113.7"))
        {
        }

        var network = (await Factory.ScanRecordsAsync()).Single(r => r.Serial == madeUp).NetworkKey;
        var page = await HtmlPage.GetAsync(Editor.Client, "/backoffice/lo-hang-dang-ngo");

        var row = Text(page, "#suspicious-batches");
        Assert.That(row, Does.Contain(Lot).And.Contain("1 lượt quét mã sê-ri chưa từng được cấp").And.Contain(network));
        Assert.That(Text(page, ".suspicious-unissued"), Does.Match(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}"));
    }

    [Test]
    public async Task Scans_of_issued_serials_alone_do_not_list_the_batch()
    {
        var serials = await IssueAsync(5);
        using (await ScanAsync(SerialPath(serials[0]), address: "203.0.113.7"))
        {
        }

        var page = await HtmlPage.GetAsync(Editor.Client, "/backoffice/lo-hang-dang-ngo");

        Assert.That(page.Document.QuerySelector("#suspicious-batches"), Is.Null);
        Assert.That(page.Document.QuerySelector("#no-suspicious-batches"), Is.Not.Null);
    }

    [Test]
    public async Task First_checks_are_written_to_the_store()
    {
        var serial = (await IssueAsync(2))[0];
        using (await ScanAsync(SerialPath(serial)))
        using (await ScanAsync(SerialPath(serial)))
        {
        }

        await Factory.WithServiceAsync<StampChecks>(c => c.FlushAsync(CancellationToken.None));
        Assert.That(StampSerial.TryParse(serial, out var value), Is.True);
        var stored = await Factory.WithDbAsync(db => db.Set<StampCheck>().AsNoTracking().SingleAsync(c => c.BatchId == Batch.Id && c.SerialValue == value));

        Assert.That(stored.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task Stamps_issued_on_another_node_reach_this_one_through_its_cache_instruction()
    {
        // Scanned first, so this node remembers the batch as having no stamps.
        var before = await Factory.WithServiceAsync<IssuedSerials, StampStatus>(s => s.StatusAsync(Batch.Id, "23456789ABC", CancellationToken.None).AsTask());
        var order = new StampPrintOrder
        {
            Id = Guid.NewGuid(), BatchId = Batch.Id, RequestedCount = 1, Reason = "Nút khác", RequestedBy = "other node",
            RequestedAt = DateTimeOffset.UtcNow, State = StampOrderState.Issued, IssuedCount = 1, StampWidthMm = 32, StampHeightMm = 45, Columns = 5, MarginMm = 10,
        };
        Assert.That(StampSerial.TryParse("23456789ABC", out var value), Is.True);
        await Factory.SaveAsync(order, new IssuedStamp { BatchId = Batch.Id, SerialValue = value, Serial = "23456789ABC", PrintOrderId = order.Id });

        await Factory.WithServiceAsync<ContentPublisher>(p => p.ReplayAsync(new ContentPublished([new ContentItemRef(ContentItemType.Stamps, Batch.Id)], "other node")));

        var after = await Factory.WithServiceAsync<IssuedSerials, StampStatus>(s => s.StatusAsync(Batch.Id, "23456789ABC", CancellationToken.None).AsTask());
        Assert.That(before, Is.EqualTo(StampStatus.NotSerialised));
        Assert.That(after, Is.EqualTo(StampStatus.Issued));
    }
}
