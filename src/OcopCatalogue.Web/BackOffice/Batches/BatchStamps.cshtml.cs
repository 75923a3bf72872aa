using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.Traceability.Epcis;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>
/// <c>/backoffice/lo-hang/{id}/tem</c>: a batch's stamps. Writers (a producer-limited one for their producers'
/// batches only; 404 for any other) request print orders and download the issued ones; editors approve, refuse
/// and revoke. Below: the stamps checked at least once, and scans of codes never issued or revoked, with when and
/// the coarse network they came from.
/// </summary>
// The EPCIS upload is the page's one large body: up to twice the largest document taken, so a document a little too
// large gets the page's own message, not the server's 413; anything beyond is refused by the server unread.
[RequestSizeLimit(2L * EpcisImport.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * EpcisImport.MaxBytes)]
public sealed class BatchStampsModel(
    OcopDbContext db,
    StampOrders orders,
    StampChecks checks,
    IssuedSerials serials,
    ScanRecorder recorder,
    StampSheets sheets,
    StampSheetMaker maker,
    IOptions<TraceabilityOptions> options,
    IAuthorizationService authorization,
    PublicAddress address,
    EditorialWorkflow workflow,
    EditorialCommit commit,
    BatchContent content,
    IStringLocalizer<BackOfficeText> text) : PageModel
{
    /// <summary>The audit trail's name for an EPCIS document taken into a batch's timeline.</summary>
    public const string EpcisImported = "epcis.imported";

    /// <summary>Rows shown in each staff list; enough to act on, without paging.</summary>
    public const int ListLimit = 200;

    /// <summary>Most recent serialised scans read to find those of codes never issued or revoked.</summary>
    private const int ScansRead = 20_000;

    public static string PathOf(Guid batchId) => $"/backoffice/lo-hang/{batchId}/tem";

    [BindProperty]
    public StampRequest NewOrder { get; set; } = new();

    public TraceBatch Batch { get; private set; } = null!;
    public Product Product { get; private set; } = null!;
    /// <summary>The batch's stamp path (a Digital Link, or the short-code form for a product without a GTIN); null when it can have no stamps.</summary>
    public string? BatchPath { get; private set; }

    private StampLink? BatchLink { get; set; }
    public IReadOnlyList<StampPrintOrder> Orders { get; private set; } = [];
    public IReadOnlyList<(string Serial, DateTimeOffset FirstCheckedAt, long Count)> Checked { get; private set; } = [];
    public IReadOnlyList<(string Serial, StampStatus Status, DateTimeOffset ScannedAt, string Network)> Unissued { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public bool MayApprove { get; private set; }
    public long LiveCount { get; private set; }

    /// <summary>Issued orders whose PDF is being made in the background, and how far.</summary>
    public IReadOnlyDictionary<Guid, SheetProgress> Making { get; private set; } = new Dictionary<Guid, SheetProgress>();

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRequestAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // A stamp is its address: without a GTIN or a short code there is nothing to print (the form is not shown then).
        if (BatchPath is null)
        {
            Problems = [text["Stamps.Error.NoStampAddress"].Value];
            return Page();
        }

        var (order, problems) = await orders.RequestAsync(User, Batch, NewOrder, cancellationToken);
        if (order is null)
        {
            Problems = [.. problems.Select(p => text[p, StampRequestRules.MaxCount, StampRequestRules.MaxReasonLength].Value)];
            return Page();
        }

        Done = text["Stamps.Done.Requested", order.RequestedCount].Value;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid order, CancellationToken cancellationToken) =>
        EditorActionAsync(id, order, async o =>
            await orders.ApproveAsync(User, o, cancellationToken) ? text["Stamps.Done.Approved", o.RequestedCount].Value : null, cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, Guid order, CancellationToken cancellationToken) =>
        EditorActionAsync(id, order, async o => await orders.RefuseAsync(User, o, cancellationToken) ? text["Stamps.Done.Refused"].Value : null, cancellationToken);

    public Task<IActionResult> OnPostRevokeOrderAsync(Guid id, Guid order, string? reason, CancellationToken cancellationToken) =>
        EditorActionAsync(id, order, async o =>
            string.IsNullOrWhiteSpace(reason) ? null
            : await orders.RevokeOrderAsync(User, o, reason, cancellationToken) ? text["Stamps.Done.RevokedOrder", o.IssuedCount].Value : null, cancellationToken);

    public async Task<IActionResult> OnPostRevokeSerialsAsync(Guid id, string? codes, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayApprove)
        {
            return Forbid();
        }

        var values = (codes ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => StampSerial.TryParse(c.Trim().ToUpperInvariant(), out var v) ? v : (long?)null)
            .ToList();
        if (values.Count == 0 || values.Any(v => v is null) || string.IsNullOrWhiteSpace(reason))
        {
            Problems = [text["Stamps.Error.RevokeSerials"].Value];
            return Page();
        }

        var revoked = await orders.RevokeSerialsAsync(User, id, [.. values.Select(v => v!.Value)], reason, cancellationToken);
        Done = text["Stamps.Done.RevokedSerials", revoked].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The issued order's serials and full stamp addresses, for a print shop's variable-data printing; streamed.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, Guid order, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Orders.SingleOrDefault(o => o.Id == order) is not { State: StampOrderState.Issued or StampOrderState.Revoked })
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"tem-{Batch.LotCode.Replace('"', '_')}-{order.ToString()[..8]}.csv\"";
        var writer = new StreamWriter(Response.Body, new UTF8Encoding(false), 64 * 1024);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync("serial,url");
            var baseUrl = address.BaseUrl(HttpContext.Request).TrimEnd('/');
            await foreach (var serial in SerialsOf(order).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await writer.WriteLineAsync($"{serial},{baseUrl}{StampAddress.ForSerial(Product.Gtin, Product.TraceCode, Batch.LotCode, serial)}");
            }
        }

        return new EmptyResult();
    }

    /// <summary>The issued order's A4 sheets, one stamp each serial (<see cref="StampSheets"/>).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid order, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Orders.SingleOrDefault(o => o.Id == order) is not { State: StampOrderState.Issued } found)
        {
            return NotFound();
        }

        if (!System.IO.File.Exists(sheets.PathOf(found.Id)) && found.IssuedCount > options.Value.StampPdfAtOnceLimit)
        {
            // Too many sheets to make while someone waits: made in the background, the page showing how far.
            if (sheets.ProgressOf(found.Id) is null)
            {
                maker.Enqueue(found, address.BaseUrl(HttpContext.Request));
            }

            Done = text["Stamps.Done.PdfMaking", found.IssuedCount].Value;
            return RedirectToPage(new { id });
        }

        var file = await sheets.FileAsync(found, address.BaseUrl(HttpContext.Request), cancellationToken);
        return PhysicalFile(file, "application/pdf", $"tem-{Batch.LotCode}-{order.ToString()[..8]}.pdf");
    }

    /// <summary>The batch's timeline and every issued order's stamps as EPCIS 2.0 JSON-LD, for a producer's or a province's platform.</summary>
    public async Task<IActionResult> OnGetEpcisAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || BatchLink is null)
        {
            return NotFound();
        }

        var issued = new List<BatchEpcis.IssuedOrder>();
        foreach (var order in Orders.Where(o => o.State == StampOrderState.Issued).OrderBy(o => o.ApprovedAt?.UtcTicks))
        {
            issued.Add(new BatchEpcis.IssuedOrder(order.Id, order.ApprovedAt ?? order.RequestedAt, await SerialsOf(order.Id).ToListAsync(cancellationToken)));
        }

        var document = BatchEpcis.Export(BatchLink, Batch, issued, address.BaseUrl(HttpContext.Request), DateTimeOffset.UtcNow);
        var json = document.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return File(Encoding.UTF8.GetBytes(json), BatchEpcis.MediaType, $"epcis-{Batch.LotCode}.jsonld");
    }

    /// <summary>
    /// An EPCIS 2.0 document from a producer's system into the batch's timeline, through the editorial workflow as
    /// any change of the batch: an editor's import of a live batch with nothing waiting is published, anyone else's
    /// is saved for review (a writer) or as a draft. The document is read whole first; a refused one stores nothing,
    /// and the version, its publishing and the audit entry are one transaction.
    /// </summary>
    public async Task<IActionResult> OnPostImportEpcisAsync(Guid id, IFormFile? document, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var reading = BatchLink is not { } link ? EpcisReading.Refused("Epcis.Import.Error.NoGtin")
            : document is null || document.Length == 0 ? EpcisReading.Refused("Epcis.Import.Error.Empty")
            : document.Length > EpcisImport.MaxBytes ? EpcisReading.Refused("Epcis.Import.Error.TooBig", EpcisImport.MaxBytes / (1024 * 1024))
            : EpcisImport.Read(await ReadAllAsync(document, cancellationToken), link);
        if (reading.IsRefused)
        {
            Problems = [text[reading.Problem!, [.. reading.Arguments ?? []]].Value];
            return Page();
        }

        var entry = await workflow.Queries.FindAsync(User, ContentItemType.Batch, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var file = content.Read(entry.WorkingSnapshot);
        var (timeline, repeats) = EpcisImport.Merge(file.Events, reading.Events);
        var added = reading.Events.Count - repeats;
        if (added == 0)
        {
            Done = text["Epcis.Import.Done.Nothing", reading.Events.Count].Value;
            return RedirectToPage(new { id });
        }

        var changed = file with { Events = timeline };
        if (content.Check(changed).ToList() is { Count: > 0 } findings)
        {
            Problems = [text["Epcis.Import.Error.Timeline"].Value, .. findings.Select(f => $"{f.Property}: {f.Message}")];
            return Page();
        }

        var publish = MayApprove && entry.Status.IsLive && entry.Newest is not { State: PublicationState.Draft or PublicationState.InReview };
        var note = text["Epcis.Import.Note", added].Value;
        var snapshot = content.Write(changed);
        var result = await commit.RunAsync(async () =>
        {
            WorkflowResult outcome;
            if (publish)
            {
                var (saved, published) = await workflow.Publishing.SaveAndPublishAsync(User, ContentItemType.Batch, id, snapshot, note, cancellationToken);
                outcome = published ?? saved;
            }
            else
            {
                outcome = await workflow.Drafts.SaveAsync(User, ContentItemType.Batch, id, snapshot, sendForReview: !MayApprove, note, cancellationToken);
            }

            if (outcome.Succeeded)
            {
                await commit.AuditAsync(User, EpcisImported, ContentItemType.Batch, id,
                    string.Create(CultureInfo.InvariantCulture, $"{added} events, {reading.Skipped} left aside, {repeats} already there ({document!.FileName})"), cancellationToken);
            }

            return outcome;
        }, cancellationToken);

        if (!result.Succeeded)
        {
            Problems = [text["Epcis.Import.Error.Workflow"].Value, .. (result.Problems ?? []).Select(p => text[p.Problem].Value)];
            return Page();
        }

        Done = text[publish ? "Epcis.Import.Done.Published" : MayApprove ? "Epcis.Import.Done.Draft" : "Epcis.Import.Done.Review", added, reading.Skipped + repeats].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The upload's bytes; its length was checked against <see cref="EpcisImport.MaxBytes"/> before.</summary>
    private static async Task<byte[]> ReadAllAsync(IFormFile document, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)document.Length);
        var stream = document.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return buffer.ToArray();
    }

    private IQueryable<string> SerialsOf(Guid order) =>
        db.Set<IssuedStamp>().AsNoTracking().Where(s => s.PrintOrderId == order).OrderBy(s => s.Serial).Select(s => s.Serial);

    private async Task<IActionResult> EditorActionAsync(Guid id, Guid order, Func<StampPrintOrder, Task<string?>> action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayApprove)
        {
            return Forbid();
        }

        var found = await db.Set<StampPrintOrder>().SingleOrDefaultAsync(o => o.Id == order && o.BatchId == id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var done = await action(found);
        if (done is null)
        {
            Problems = [text["Stamps.Error.NotPossible"].Value];
            return Page();
        }

        Done = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await db.TraceBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        var product = batch is null ? null : await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == batch.ProductId, cancellationToken);
        if (batch is null || product is null || !StaffScope.From(User).Allows(product.ProducerId))
        {
            return false;
        }

        Batch = batch;
        Product = product;
        BatchLink = StampLink.Of(product.Gtin, product.TraceCode, batch.LotCode);
        BatchPath = StampAddress.ForBatch(product.Gtin, product.TraceCode, batch.LotCode);
        MayApprove = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        Orders = await db.Set<StampPrintOrder>().AsNoTracking().Where(o => o.BatchId == id).ToListAsync(cancellationToken);
        Orders = [.. Orders.OrderByDescending(o => o.RequestedAt.UtcTicks)];
        LiveCount = await orders.LiveCountAsync(id, cancellationToken);
        Making = Orders.Where(o => o.State == StampOrderState.Issued).Select(o => (o.Id, Progress: sheets.ProgressOf(o.Id)))
            .Where(o => o.Progress is not null).ToDictionary(o => o.Id, o => o.Progress!);

        // Checks and scans counted so far are written first, so staff see them all.
        await checks.FlushAsync(cancellationToken);
        await recorder.FlushAsync(cancellationToken);
        var checkedRows = await db.Set<StampCheck>().AsNoTracking().Where(c => c.BatchId == id)
            .OrderByDescending(c => c.Count).Take(ListLimit).ToListAsync(cancellationToken);
        Checked = [.. checkedRows.Select(c => (StampSerial.FromValue(c.SerialValue), c.FirstCheckedAt, c.Count))];

        var known = await serials.OfAsync(id, cancellationToken);
        if (known.HasStamps)
        {
            var scans = await db.Set<ScanRecord>().AsNoTracking().Where(r => r.BatchId == id && r.Serial != null)
                .OrderByDescending(r => r.Id).Take(ScansRead)
                .Select(r => new { r.Serial, r.ScannedAt, r.NetworkKey }).ToListAsync(cancellationToken);
            Unissued = [.. scans
                .Select(s => (s.Serial!, Status: known.StatusOf(StampSerial.TryParse(s.Serial, out var v) ? v : null), s.ScannedAt, s.NetworkKey))
                .Where(s => s.Status is StampStatus.NotIssued or StampStatus.Revoked)
                .Take(ListLimit)];
        }

        return true;
    }

    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Core.Certification.VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
