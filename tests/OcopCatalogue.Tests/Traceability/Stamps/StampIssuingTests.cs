using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Tests.Traceability.Stamps;

/// <summary>On both providers: SQLite issues through json_each, PostgreSQL through binary COPY.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class StampIssuingTests(DatabaseProvider provider) : StampSite(provider)
{
    [Test]
    public async Task A_request_issues_nothing_until_an_editor_approves_it()
    {
        using var response = await RequestAsync(Writer, 25);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var order = (await OrdersAsync()).Single();
        Assert.That(order.State, Is.EqualTo(StampOrderState.Requested));
        Assert.That(order.RequestedCount, Is.EqualTo(25));
        Assert.That(await SerialsAsync(), Is.Empty);
    }

    [Test]
    public async Task Approval_issues_the_requested_number_of_distinct_valid_serials()
    {
        var serials = await IssueAsync(40);

        Assert.That(serials, Has.Count.EqualTo(40));
        Assert.That(serials.Distinct().Count(), Is.EqualTo(40));
        Assert.That(serials.All(s => StampSerial.TryParse(s, out _)), Is.True);
        var order = (await OrdersAsync()).Single();
        Assert.That(order.State, Is.EqualTo(StampOrderState.Issued));
        Assert.That(order.IssuedCount, Is.EqualTo(40));
        Assert.That(order.ApprovedBy, Is.EqualTo(Editor.Email));
    }

    [Test]
    public async Task A_writer_cannot_approve_a_request()
    {
        using (await RequestAsync(Writer, 10))
        {
        }

        var order = (await OrdersAsync()).Single();
        using var response = await OrderActionAsync(Writer, "Approve", order.Id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await SerialsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_request_without_the_antiforgery_token_is_refused()
    {
        using var response = await Writer.PostWithoutTokenAsync(StampsPage + "?handler=Request",
            new Dictionary<string, string> { ["NewOrder.Count"] = "10", ["NewOrder.Reason"] = "In" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await OrdersAsync(), Is.Empty);
    }

    [TestCase(0)]
    [TestCase(100_001)]
    public async Task A_count_outside_the_limits_is_refused_with_a_message(int count)
    {
        using var response = await RequestAsync(Writer, count);
        var page = await HtmlPage.ParseAsync(response);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("#stamps-problems")?.TextContent, Does.Contain("Số tem phải từ 1 đến 100000"));
        Assert.That(await OrdersAsync(), Is.Empty);
    }

    [Test]
    public async Task A_request_without_a_reason_is_refused()
    {
        using var response = await RequestAsync(Writer, 10, reason: " ");
        var page = await HtmlPage.ParseAsync(response);

        Assert.That(page.Document.QuerySelector("#stamps-problems")?.TextContent, Does.Contain("lý do"));
        Assert.That(await OrdersAsync(), Is.Empty);
    }

    [Test]
    public async Task More_stamps_than_the_batch_produced_need_a_stated_reason()
    {
        // The sample batch declares 500 packs.
        using (var refused = await RequestAsync(Writer, 501))
        {
            var page = await HtmlPage.ParseAsync(refused);
            Assert.That(page.Document.QuerySelector("#stamps-problems")?.TextContent, Does.Contain("vượt số lượng"));
        }

        Assert.That(await OrdersAsync(), Is.Empty);
        using var accepted = await RequestAsync(Writer, 501, overReason: "Dự phòng tem hỏng khi dán");
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await OrdersAsync()).Single().OverQuantityReason, Is.EqualTo("Dự phòng tem hỏng khi dán"));
    }

    [Test]
    public async Task A_layout_that_does_not_fit_a4_is_refused_in_vietnamese()
    {
        using var response = await RequestAsync(Writer, 10, width: 60, columns: 4);
        var page = await HtmlPage.ParseAsync(response);

        Assert.That(page.Document.QuerySelector("#stamps-problems")?.TextContent, Does.Contain("vượt quá chiều rộng giấy A4"));
        Assert.That(await OrdersAsync(), Is.Empty);
    }

    [Test]
    public async Task Request_approval_and_issue_are_in_the_audit_trail()
    {
        await IssueAsync(5);

        var actions = await Factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.ItemType == ContentItemType.Stamps && e.ItemId == Batch.Id).Select(e => e.Action).ToListAsync());
        Assert.That(actions, Is.SupersetOf(new[] { "stamps.requested", "stamps.approved", "stamps.issued" }));
    }

    [Test]
    public async Task A_writer_limited_to_another_producer_cannot_see_the_batchs_stamps()
    {
        var own = (await Factory.ProductAsync(Batch.ProductId)).ProducerId!.Value;
        var other = await Factory.WithDbAsync(db => db.Producers.Where(p => p.Id != own).Select(p => p.Id).FirstAsync());
        await using var limited = await BackOfficeSession.SignInAsync(Factory, StaffRoles.Writer, [other]);

        using var response = await limited.Client.GetAsync(new Uri(StampsPage, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_writer_limited_to_the_batchs_producer_may_request()
    {
        var producer = (await Factory.ProductAsync(Batch.ProductId)).ProducerId!.Value;
        await using var limited = await BackOfficeSession.SignInAsync(Factory, StaffRoles.Writer, [producer]);

        using var response = await RequestAsync(limited, 10);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await OrdersAsync()).Single().RequestedBy, Is.EqualTo(limited.Email));
    }

    [Test]
    public async Task Further_requests_add_to_the_batchs_set()
    {
        var first = await IssueAsync(30);
        var all = await IssueAsync(20);

        Assert.That(all, Has.Count.EqualTo(50));
        Assert.That(all, Is.SupersetOf(first));
    }

    [Test]
    public async Task A_hundred_thousand_serials_are_issued_in_one_order()
    {
        var order = new StampPrintOrder
        {
            Id = Guid.NewGuid(), BatchId = Batch.Id, RequestedCount = 100_000, Reason = "Đo thời gian", RequestedBy = "test",
            RequestedAt = DateTimeOffset.UtcNow, State = StampOrderState.Issuing, StampWidthMm = 32, StampHeightMm = 45, Columns = 5, MarginMm = 10,
        };
        await Factory.SaveAsync(order);

        var clock = Stopwatch.StartNew();
        await Factory.WithServiceAsync<StampOrders>(o => o.IssueAsync(order.Id, CancellationToken.None));
        clock.Stop();

        await TestContext.Out.WriteLineAsync($"Issued 100,000 serials in {clock.Elapsed.TotalMilliseconds:0} ms");
        var count = await Factory.WithDbAsync(db => db.Set<IssuedStamp>().CountAsync(s => s.PrintOrderId == order.Id));
        Assert.That(count, Is.EqualTo(100_000));
    }

    [Test]
    public async Task The_csv_lists_each_serial_with_its_full_stamp_address()
    {
        var serials = await IssueAsync(12);
        var order = (await OrdersAsync()).Single();

        using var response = await Writer.Client.GetAsync(new Uri($"{StampsPage}?handler=Csv&order={order.Id}", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(lines[0], Is.EqualTo("serial,url"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Is.EquivalentTo(serials));
        Assert.That(lines.Skip(1).All(l => l.Split(',')[1] == "http://localhost" + SerialPath(l.Split(',')[0])), Is.True);
    }
}
