using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// <c>/nhan-in/{slug}[?lo={lot}]</c>: an A4 sheet of identical stamps for a product or one of its batches, for the
/// producer to print and stick on packs.
/// </summary>
public sealed class LabelSheetModel(OcopDbContext db, TimeProvider clock) : PublishedItemPage<Product>
{
    public const string LotParameter = "lo";

    /// <summary>3 columns by 4 rows of 6 cm stamps leave room for any printer's margins on A4.</summary>
    public const int StampsPerSheet = 12;

    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Gtin { get; private set; }
    public string? TraceCode { get; private set; }
    public OcopStanding Standing { get; private set; } = OcopStanding.NotRated;
    public IReadOnlyList<string> Lots { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = LotParameter)]
    public string? Lot { get; set; }

    /// <summary>The path the stamps lead to, or null when the product has no stamp.</summary>
    public string? StampPath { get; private set; }

    /// <summary>The code as people read it under the QR: GS1's (01)…(10)… form, or the short trace code (and the lot).</summary>
    public string? HumanReadableCode { get; private set; }

    protected override Task<Product?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Products.Include(p => p.Certificates).PublishedAtAsync(slug, cancellationToken);

    protected override async Task ShowAsync(Product item, CancellationToken cancellationToken)
    {
        Slug = item.Slug;
        Name = item.Name;
        Gtin = item.Gtin;
        TraceCode = item.TraceCode;
        Standing = OcopStanding.On(item.Certificates, VietnamTime.Today(clock));
        var id = item.Id;
        Lots = StampAddress.ForProduct(Gtin, TraceCode) is null ? [] : await db.TraceBatches.AsNoTracking().Where(b => b.ProductId == id && b.State == PublicationState.Published)
            .OrderBy(b => b.LotCode).Select(b => b.LotCode).ToListAsync(cancellationToken);
        // An unknown or malformed lot falls back to the product's own stamp, as a malformed query gives the normal page.
        if (Lot is not null && !Lots.Contains(Lot, StringComparer.Ordinal))
        {
            Lot = null;
        }

        StampPath = Lot is null ? StampAddress.ForProduct(Gtin, TraceCode) : StampAddress.ForBatch(Gtin, TraceCode, Lot);
        HumanReadableCode = StampPath is null ? null
            : StampPath.StartsWith(Core.Traceability.StampLink.ShortCodePrefix, StringComparison.Ordinal) ? (Lot is null ? TraceCode : $"{TraceCode} / {Lot}")
            : Lot is null ? $"(01) {Core.Traceability.Gtin.Normalise(Gtin, out _)}"
            : $"(01) {Core.Traceability.Gtin.Normalise(Gtin, out _)} (10) {Lot}";
    }
}
