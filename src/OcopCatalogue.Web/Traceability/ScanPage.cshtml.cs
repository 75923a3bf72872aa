using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// The GS1 Digital Link resolver and the scan page in one slice: <c>/01/{gtin}[/10/{lot}][/21/{serial}]</c> and the
/// short-code form <c>/t/{code}[/10/{lot}][/21/{serial}]</c> (<see cref="StampLink"/>), answered alike. A batch link
/// shows the scan page; other links and link types redirect as GS1 describes.
/// </summary>
[EnableRateLimiting(FakeReportRateLimit.PolicyName)]
[RequestFormLimits(MultipartBodyLengthLimit = FormBodyLimit)]
[RequestSizeLimit(FormBodyLimit)]
[FormWithinLimits]
public sealed class ScanPageModel(
    OcopDbContext db,
    TimeProvider clock,
    ScanTallies tallies,
    FakeReportInbox inbox,
    ReportPhotos reportPhotos,
    IStringLocalizer<SiteText> text,
    PublicAddress address,
    StampScans stamps) : PageModel
{
    /// <summary>Query parameter the product page reads to say that a scanned lot is not known.</summary>
    public const string UnknownLotParameter = "lo-chua-biet";

    /// <summary>
    /// The reporter's own views of a scan page: <c>?bao-cao=mo</c> shows the report form, <c>?bao-cao=da-gui</c> the
    /// thanks after a report was stored (Post-Redirect-Get). Neither counts as a scan. The plain scan page only
    /// links to the form: a form carries an antiforgery token of its own visitor, and a page holding one could
    /// not be served from the page cache to the next shopper.
    /// </summary>
    public const string ReportParameter = "bao-cao";
    public const string ReportFormValue = "mo";
    public const string ReportSentValue = "da-gui";

    /// <summary>The largest photo plus room for the text fields, so a photo just over 5 MB still gets a friendly message.</summary>
    public const long FormBodyLimit = FakeReportInput.MaxPhotoBytes + (1024 * 1024);

    [BindProperty]
    public FakeReportInput Report { get; set; } = new();

    /// <summary>True on the thank-you view after a report was stored.</summary>
    public bool ReportSent { get; private set; }

    /// <summary>True when a posted report had problems: the form is shown with its messages.</summary>
    public bool ReportHasProblems { get; private set; }

    /// <summary>The report form is on this view (asked for, or shown again with its problems).</summary>
    public bool ReportFormShown { get; private set; }

    /// <summary>The view with the report form, at its section.</summary>
    public string ReportFormLink => $"{CanonicalPath}?{ReportParameter}={ReportFormValue}#report";

    /// <summary>A valid photo came with a form that had other problems; browsers cannot keep a chosen file.</summary>
    public bool PhotoMustBeChosenAgain { get; private set; }

    /// <summary>Where the report form posts: the canonical path of the scanned stamp.</summary>
    public string ReportAction => CanonicalPath + "?handler=report";

    private string CanonicalPath { get; set; } = "";

    public Product Product { get; private set; } = null!;
    public TraceBatch? Batch { get; private set; }
    public ScanVerdict Verdict { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<SalesPoint> SalesPoints { get; private set; } = [];
    public string? NotFoundReason { get; private set; }
    public string ScannedPath { get; private set; } = "";
    public ScanSuspicion Suspicion { get; private set; } = ScanSuspicion.None;

    /// <summary>What is known of the scanned serial: issued, never issued, revoked, or a batch without issued stamps.</summary>
    public StampCheckAnswer Stamp { get; private set; } = StampCheckAnswer.NotSerialised;

    /// <summary>
    /// The first check's date and the number of checks as the page shows them: placeholders when
    /// <see cref="ScanCounting"/> fills them into every answer (so the cached page stays right), else the figures.
    /// </summary>
    public (string FirstChecked, string Checks) StampFigures { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        string? linkType,
        [FromQuery(Name = ReportParameter)] string? report,
        CancellationToken cancellationToken)
    {
        ScannedPath = RequestedPath();
        var link = StampLink.Parse(ScannedPath, out var reason);
        NotFoundReason = reason;
        var product = link is null ? null : await FindAsync(link, cancellationToken);
        if (product is null)
        {
            return UnknownCode();
        }

        var productPage = "/san-pham/" + product.Slug;
        var batch = link?.Lot is { } lot
            ? await db.TraceBatches.AsNoTracking().SingleOrDefaultAsync(b => b.ProductId == product.Id && b.LotCode == lot && b.State == PublicationState.Published, cancellationToken)
            : null;
        var wantsLinkset = linkType == LinkTypes.Linkset
            || Request.Headers.Accept.Any(a => a?.Contains(LinkTypes.LinksetMediaType, StringComparison.OrdinalIgnoreCase) == true);
        if (wantsLinkset)
        {
            return Linkset(product, link, batch);
        }

        switch (linkType)
        {
            case LinkTypes.ProductInfo:
                return Redirect(productPage);
            case LinkTypes.CertificationInfo:
                return Redirect(productPage + "#certificate-title");
            case LinkTypes.HasRetailers:
                return Redirect(productPage + "#buy-title");
        }

        if (link?.Lot is not { } scannedLot)
        {
            return Redirect(productPage);
        }

        if (batch is null)
        {
            // 303: the product exists and its page is the best answer, but it is not the batch that was asked for.
            Response.Headers.Location = $"{productPage}?{UnknownLotParameter}={Uri.EscapeDataString(scannedLot)}";
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        ReportSent = report == ReportSentValue;
        ReportFormShown = report == ReportFormValue;
        await ShowBatchAsync(product, batch, link, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The "report a suspected fake" form of a batch's scan page. Problems re-show the page with the messages and
    /// everything typed; a stored report redirects to the thank-you view, so a reload does not send it twice.
    /// </summary>
    public async Task<IActionResult> OnPostReportAsync(CancellationToken cancellationToken)
    {
        ScannedPath = RequestedPath();
        var link = StampLink.Parse(ScannedPath, out _);
        var product = link?.Lot is null ? null : await FindAsync(link, cancellationToken);
        var lot = link?.Lot;
        var batch = product is null ? null
            : await db.TraceBatches.AsNoTracking().SingleOrDefaultAsync(b => b.ProductId == product.Id && b.LotCode == lot && b.State == PublicationState.Published, cancellationToken);
        if (product is null || batch is null)
        {
            return NotFound();
        }

        // Model binding may already hold errors of its own (a value it could not read); ours come on top.
        foreach (var (field, key, limit) in Report.TextProblems())
        {
            ModelState.AddModelError($"{nameof(Report)}.{field}", limit is { } l ? text[key, l] : text[key]);
        }

        PhotoFormat? photoFormat = null;
        byte[]? cleanPhoto = null;
        if (Report.HasPhoto && ModelState[$"{nameof(Report)}.{nameof(FakeReportInput.Photo)}"]?.Errors.Count is null or 0)
        {
            photoFormat = await FakeReportInbox.DetectPhotoAsync(Report.Photo!, cancellationToken);

            // Decoding costs a libvips run, so only for a report that is otherwise ready to keep.
            if (photoFormat is not null && ModelState.IsValid)
            {
                cleanPhoto = await reportPhotos.CleanAsync(Report.Photo!, cancellationToken);
                photoFormat = cleanPhoto is null ? null : photoFormat;
            }

            if (photoFormat is null)
            {
                ModelState.AddModelError($"{nameof(Report)}.{nameof(FakeReportInput.Photo)}", text["Report.Error.PhotoType"]);
            }
        }

        if (!ModelState.IsValid)
        {
            ReportHasProblems = true;
            ReportFormShown = true;
            PhotoMustBeChosenAgain = photoFormat is not null;
            await ShowBatchAsync(product, batch, link!, cancellationToken);
            return Page();
        }

        await inbox.SubmitAsync(batch, link!.Serial, Report, cleanPhoto, HttpContext, cancellationToken);
        // 303 See Other: the answer to a POST is fetched with GET, so reloading the thank-you view sends nothing again.
        Response.Headers.Location = $"{link.ToPath()}?{ReportParameter}={ReportSentValue}#report";
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private async Task ShowBatchAsync(Product product, TraceBatch batch, StampLink link, CancellationToken cancellationToken)
    {
        Product = product;
        Batch = batch;
        CanonicalPath = link.ToPath();
        Today = VietnamTime.Today(clock);
        Verdict = ScanVerdict.From(OcopStanding.On(product.Certificates, Today));
        // Views are counted (and the batch judged) before the page cache by ScanCounting, so views served from the
        // cache count too; it leaves out posts and the reporter's own views.
        Suspicion = HttpContext.Features.Get<CountedScan>()?.Suspicion
            ?? await tallies.JudgeAsync(batch.Id, batch.QuantityProduced, cancellationToken);
        var counted = HttpContext.Features.Get<StampCheckAnswer>();
        Stamp = counted ?? await stamps.AnswerAsync(batch.Id, link.Serial, counted: false, cancellationToken);
        StampFigures = counted is not null
            ? (StampCheckText.FirstCheckedToken, StampCheckText.ChecksToken)
            : (Stamp.FirstCheckedAt is { } first ? SiteFormat.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(first, VietnamTime.Zone).DateTime)) : "",
                Stamp.Checks.ToString(System.Globalization.CultureInfo.CurrentCulture));
        SalesPoints = [.. product.SalesPoints.Where(s => s.State == PublicationState.Published).OrderBy(s => s.Name, SiteFormat.NameOrder)];
    }

    /// <summary>The published product a stamp link names, by its GTIN or by its short code.</summary>
    private Task<Product?> FindAsync(StampLink link, CancellationToken ct)
    {
        var (gtin, code) = (link.Gtin, link.TraceCode);
        var products = db.Products.AsNoTracking().AsSplitQuery()
            .Include(p => p.Producer).Include(p => p.Certificates).Include(p => p.SalesPoints)
            .Where(p => p.State == PublicationState.Published);
        return (gtin is not null ? products.Where(p => p.Gtin == gtin) : products.Where(p => p.TraceCode == code)).SingleOrDefaultAsync(ct);
    }

    private PageResult UnknownCode()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private ContentResult Linkset(Product product, StampLink? link, TraceBatch? batch)
    {
        var productPage = Absolute("/san-pham/" + product.Slug);
        var anchor = Absolute(link?.ToPath() ?? ScannedPath);
        var set = new JsonObject { ["anchor"] = anchor };
        void Add(string linkType, string href, string title)
        {
            set[LinkTypes.Iri(linkType)] = new JsonArray(new JsonObject
            {
                ["href"] = href,
                ["title"] = title,
                ["type"] = "text/html",
                ["hreflang"] = new JsonArray("vi"),
            });
        }

        var traceability = batch is null ? null : Absolute(link!.ToPath());
        Add(LinkTypes.DefaultLink, traceability ?? productPage, product.Name);
        Add(LinkTypes.ProductInfo, productPage, product.Name);
        Add(LinkTypes.CertificationInfo, productPage + "#certificate-title", product.Name);
        Add(LinkTypes.HasRetailers, productPage + "#buy-title", product.Name);
        if (traceability is not null)
        {
            Add(LinkTypes.Traceability, traceability, product.Name + " " + batch!.LotCode);
            // The same link type for machines: the batch's timeline as EPCIS 2.0 JSON-LD.
            ((JsonArray)set[LinkTypes.Iri(LinkTypes.Traceability)]!).Add(new JsonObject
            {
                ["href"] = Absolute(Epcis.EpcisEndpoint.PathOf(link!.ToPath())),
                ["title"] = product.Name + " " + batch.LotCode + " (EPCIS 2.0)",
                ["type"] = Epcis.BatchEpcis.MediaType,
            });
        }

        var body = new JsonObject { ["linkset"] = new JsonArray(set) };
        return Content(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            LinkTypes.LinksetMediaType);
    }

    private string Absolute(string path) => address.Absolute(Request, path);

    /// <summary>The path as sent, still percent-encoded, so a lot holding '/' (%2F) is read as one value.</summary>
    private string RequestedPath()
    {
        var raw = HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
        {
            raw = Request.Path.ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }
}
