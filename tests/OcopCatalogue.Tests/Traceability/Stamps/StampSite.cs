using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Traceability.Stamps;

/// <summary>The sample batch's site with a writer and an editor signed in, and the steps of a print order.</summary>
public abstract class StampSite(DatabaseProvider provider = DatabaseProvider.Sqlite, StampForm form = StampForm.DigitalLink) : SampleBatchSite(provider, form)
{
    protected BackOfficeSession Writer { get; private set; } = null!;
    protected BackOfficeSession Editor { get; private set; } = null!;

    protected string StampsPage => $"/backoffice/lo-hang/{Batch.Id}/tem";

    [SetUp]
    public async Task SignInAsync()
    {
        Writer = await BackOfficeSession.SignInAsync(Factory, StaffRoles.Writer);
        Editor = await BackOfficeSession.SignInAsync(Factory, StaffRoles.Editor);
    }

    [TearDown]
    public async Task SignOutAsync()
    {
        await Writer.DisposeAsync();
        await Editor.DisposeAsync();
    }

    protected Task<HttpResponseMessage> RequestAsync(BackOfficeSession by, int count, string? reason = "In lần đầu cho lô hàng", string? overReason = null,
        int width = 32, int height = 45, int columns = 5, int margin = 10) =>
        by.PostFormAsync(StampsPage, new Dictionary<string, string>
        {
            ["NewOrder.Count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewOrder.Reason"] = reason ?? "",
            ["NewOrder.OverQuantityReason"] = overReason ?? "",
            ["NewOrder.WidthMm"] = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewOrder.HeightMm"] = height.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewOrder.Columns"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewOrder.MarginMm"] = margin.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, StampsPage + "?handler=Request");

    protected Task<HttpResponseMessage> OrderActionAsync(BackOfficeSession by, string handler, Guid order, string? reason = null)
    {
        var fields = new Dictionary<string, string> { ["order"] = order.ToString() };
        if (reason is not null)
        {
            fields["reason"] = reason;
        }

        return by.PostFormAsync(StampsPage, fields, $"{StampsPage}?handler={handler}");
    }

    protected Task<List<StampPrintOrder>> OrdersAsync() =>
        Factory.WithDbAsync(db => db.Set<StampPrintOrder>().AsNoTracking().Where(o => o.BatchId == Batch.Id).ToListAsync());

    protected Task<List<string>> SerialsAsync() =>
        Factory.WithDbAsync(db => db.Set<IssuedStamp>().AsNoTracking().Where(s => s.BatchId == Batch.Id).Select(s => s.Serial).ToListAsync());

    /// <summary>A writer requests <paramref name="count"/> stamps and an editor approves them; the issued serials.</summary>
    protected async Task<List<string>> IssueAsync(int count)
    {
        using (var requested = await RequestAsync(Writer, count))
        {
            Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var order = (await OrdersAsync()).Single(o => o.State == StampOrderState.Requested);
        using (var approved = await OrderActionAsync(Editor, "Approve", order.Id))
        {
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        return await SerialsAsync();
    }

    protected string SerialPath(string serial) => $"{BatchPath}/21/{serial}";

    /// <summary>A well-formed serial (right length and alphabet) that was not issued.</summary>
    protected static string MadeUp(IReadOnlyCollection<string> issued)
    {
        foreach (var value in StampSerial.Draw(10))
        {
            var serial = StampSerial.FromValue(value);
            if (!issued.Contains(serial))
            {
                return serial;
            }
        }

        throw new InvalidOperationException("Ten draws all issued: impossible.");
    }
}
