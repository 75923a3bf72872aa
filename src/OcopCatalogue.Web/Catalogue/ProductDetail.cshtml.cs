using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

public sealed class ProductDetailModel(OcopDbContext db, TimeProvider clock, SalesPointDirectory directory, PublishedCatalogue catalogue)
    : PublishedItemPage<ProductDetails>
{
    public const int RelatedCount = 4;

    // Compiled once (per model: CompiledPerModel), and one statement: on PostgreSQL every statement is a round trip
    // that costs both processes more than the rows it reads, so the certificates and sales points come in the same
    // statement as the product (a product has a few of each, so the joined rows stay few); on SQLite it costs about
    // the same as three (bench/cluster.sh step 4, docs/decisions/0017).
    private static readonly CompiledPerModel<Func<OcopDbContext, string, CancellationToken, Task<ProductDetails?>>> ProductBySlug = new(() =>
        EF.CompileAsyncQuery((OcopDbContext db, string slug, CancellationToken _) =>
            db.Products.AsNoTracking()
                .Where(p => p.Slug == slug && p.State == PublicationState.Published)
                .Select(p => new ProductDetails
                {
                    Id = p.Id,
                    Slug = p.Slug,
                    Name = p.Name,
                    Gtin = p.Gtin,
                    TraceCode = p.TraceCode,
                    Group = p.Group,
                    SubGroupCode = p.SubGroupCode,
                    ShortDescription = p.ShortDescription,
                    StoryHtml = p.StoryHtml,
                    StoryIsSample = p.StoryIsSample,
                    NameEn = p.NameEn,
                    ShortDescriptionEn = p.ShortDescriptionEn,
                    StoryHtmlEn = p.StoryHtmlEn,
                    Ingredients = p.Ingredients,
                    Packaging = p.Packaging,
                    ShelfLife = p.ShelfLife,
                    Source = p.Source,
                    OriginLocality = p.OriginLocality,
                    OriginProvince = p.OriginProvince,
                    OriginCurrentCommuneOrWard = p.OriginCurrentCommuneOrWard,
                    OriginCurrentProvince = p.OriginCurrentProvince,
                    UpdatedAt = p.UpdatedAt,
                    Producer = p.Producer != null && p.Producer.State == PublicationState.Published
                        ? new ProducerSummary
                        {
                            Slug = p.Producer.Slug,
                            Name = p.Producer.Name,
                            Kind = p.Producer.Kind,
                            Address = p.Producer.Address,
                        }
                        : null,
                    Images = p.Images,
                    OnlineShops = p.OnlineShops,
                    Certificates = p.Certificates.ToList(),
                    SalesPoints = p.SalesPoints
                        .Where(s => s.State == PublicationState.Published)
                        .Select(s => new SalesPointSummary
                        {
                            Slug = s.Slug,
                            Name = s.Name,
                            Kind = s.Kind,
                            Address = s.Address,
                            Latitude = s.Latitude,
                            Longitude = s.Longitude,
                        })
                        .ToList(),
                })
                .SingleOrDefault()));

    public ProductDetails Product { get; private set; } = null!;
    public OcopStanding Standing { get; private set; } = OcopStanding.NotRated;
    public DateOnly Today { get; private set; }

    /// <summary>A lot scanned from a stamp that this product has no batch for (see the Traceability scan page).</summary>
    [BindProperty(SupportsGet = true, Name = OcopCatalogue.Web.Traceability.ScanPageModel.UnknownLotParameter)]
    public string? UnknownLot { get; set; }
    public IReadOnlyList<CatalogueEntry> Related { get; private set; } = [];
    /// <summary>Localities with a known centre, for sorting the sales points by distance.</summary>
    public IReadOnlyList<LocalityCentre> Centres { get; private set; } = [];
    public LocalityCentre? NearCentre { get; private set; }

    protected override Task<ProductDetails?> FindAsync(string slug, CancellationToken cancellationToken) =>
        ProductBySlug.For(db)(db, slug, cancellationToken);

    protected override async Task ShowAsync(ProductDetails item, CancellationToken cancellationToken)
    {
        var product = item;

        if (UnknownLot is not null && OcopCatalogue.Core.Traceability.DigitalLink.QualifierProblem("lot", UnknownLot) is not null)
        {
            UnknownLot = null;
        }

        Today = VietnamTime.Today(clock);
        Product = product with
        {
            Images = product.Images.OrderBy(i => i.Order).ToList(),
            Certificates = product.Certificates.OrderByDescending(c => c.Sequence).ToList(),
            SalesPoints = product.SalesPoints.OrderBy(s => s.Name, SiteFormat.NameOrder).ToList(),
        };
        Standing = OcopStanding.On(product.Certificates, Today);
        if (Product.SalesPoints.Count > 1)
        {
            Centres = await directory.LocalityCentresAsync(cancellationToken);
            var near = Request.Query[SalesPointParameters.Near].ToString();
            NearCentre = Centres.FirstOrDefault(c => c.Key == near);
            if (NearCentre is { } centre)
            {
                Product = Product with
                {
                    SalesPoints = OcopCatalogue.Core.SalesPoints.GeoDistance.NearestFirst(Product.SalesPoints, s => s.Location, centre.Centre)
                        .Select(s => s with { DistanceKm = s.Location is { } at ? OcopCatalogue.Core.SalesPoints.GeoDistance.Kilometres(centre.Centre, at) : null })
                        .ToList(),
                };
            }
        }

        var group = product.Group;
        var id = product.Id;
        Related = (await catalogue.FeaturedFirstAsync(cancellationToken)).Where(e => e.Group == group && e.Id != id).Take(RelatedCount).ToList();
    }
}
