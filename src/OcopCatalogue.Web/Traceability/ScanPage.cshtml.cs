using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// The GS1 Digital Link resolver and the scan page in one slice: <c>/01/{gtin}[/10/{lot}][/21/{serial}]</c> and
/// <c>/t/{code}</c>. A batch link shows the scan page; other links and link types redirect as GS1 describes.
/// </summary>
public sealed class ScanPageModel(OcopDbContext db, TimeProvider clock, ScanLog scanLog) : PageModel
{
    /// <summary>Query parameter the product page reads to say that a scanned lot is not known.</summary>
    public const string UnknownLotParameter = "lo-chua-biet";

    public Product Product { get; private set; } = null!;
    public TraceBatch? Batch { get; private set; }
    public ScanVerdict Verdict { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<SalesPoint> SalesPoints { get; private set; } = [];
    public string? NotFoundReason { get; private set; }
    public string ScannedPath { get; private set; } = "";
    public ScanSuspicion Suspicion { get; private set; } = ScanSuspicion.None;

    public async Task<IActionResult> OnGetAsync(string? linkType, CancellationToken cancellationToken)
    {
        ScannedPath = RequestedPath();
        DigitalLink? link = null;
        Product? product;
        if (ScannedPath.StartsWith("/t/", StringComparison.Ordinal))
        {
            var code = ScannedPath["/t/".Length..];
            product = TraceCode.IsWellFormed(code) ? await FindAsync(p => p.TraceCode == code, cancellationToken) : null;
        }
        else
        {
            link = DigitalLink.Parse(ScannedPath, out var reason);
            NotFoundReason = reason;
            var gtin = link?.Gtin;
            product = link is null ? null : await FindAsync(p => p.Gtin == gtin, cancellationToken);
        }

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

        Product = product;
        Batch = batch;
        Today = VietnamTime.Today(clock);
        Verdict = ScanVerdict.From(OcopStanding.On(product.Certificates, Today));
        await scanLog.RecordAsync(batch, link.Serial, HttpContext, cancellationToken);
        Suspicion = await scanLog.JudgeAsync(batch, cancellationToken);
        SalesPoints = [.. product.SalesPoints.Where(s => s.State == PublicationState.Published).OrderBy(s => s.Name, SiteFormat.NameOrder)];
        return Page();
    }

    private Task<Product?> FindAsync(System.Linq.Expressions.Expression<Func<Product, bool>> match, CancellationToken ct) =>
        db.Products.AsNoTracking().AsSplitQuery()
            .Include(p => p.Producer).Include(p => p.Certificates).Include(p => p.SalesPoints)
            .Where(p => p.State == PublicationState.Published)
            .Where(match)
            .SingleOrDefaultAsync(ct);

    private PageResult UnknownCode()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private ContentResult Linkset(Product product, DigitalLink? link, TraceBatch? batch)
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
        }

        var body = new JsonObject { ["linkset"] = new JsonArray(set) };
        return Content(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            LinkTypes.LinksetMediaType);
    }

    private string Absolute(string path) => SiteFormat.AbsoluteUrl(Request, path);

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
