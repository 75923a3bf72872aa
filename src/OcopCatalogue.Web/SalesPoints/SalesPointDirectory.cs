using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>
/// Published sales points and the localities a visitor may sort from. A province has tens of sales points, so
/// everything is loaded in one query and filtered in memory.
/// </summary>
public sealed class SalesPointDirectory(OcopDbContext db)
{
    public async Task<List<SalesPointEntry>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.SalesPoints.AsNoTracking()
            .Where(s => s.State == PublicationState.Published)
            .Select(s => new
            {
                s.Id,
                s.Slug,
                s.Name,
                s.NameEn,
                s.Kind,
                s.Address,
                s.Latitude,
                s.Longitude,
                s.Schedule,
                Products = s.Products.Where(p => p.State == PublicationState.Published)
                    .Select(p => new StockedProduct(p.Slug, p.Name, p.Group)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SalesPointEntry
        {
            Id = r.Id,
            Slug = r.Slug,
            Name = r.Name,
            NameEn = r.NameEn,
            Kind = r.Kind,
            Address = r.Address,
            Location = r.Latitude is { } lat && r.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            Schedule = r.Schedule ?? new OpeningSchedule(),
            Products = r.Products.OrderBy(p => p.Name, SiteFormat.NameOrder).ToList(),
        }).OrderBy(e => e.Name, SiteFormat.NameOrder).ToList();
    }

    /// <summary>
    /// Localities with a known centre, from the published coordinates of sales points and producers in them;
    /// a locality without any is not offered, rather than placed by guesswork.
    /// </summary>
    public async Task<List<LocalityCentre>> LocalityCentresAsync(CancellationToken cancellationToken)
    {
        var points = await db.SalesPoints.AsNoTracking()
            .Where(s => s.State == PublicationState.Published && s.Latitude != null && s.Longitude != null)
            .Select(s => new { s.Address, Latitude = s.Latitude!.Value, Longitude = s.Longitude!.Value })
            .ToListAsync(cancellationToken);
        var producers = await db.Producers.AsNoTracking()
            .Where(p => p.State == PublicationState.Published && p.Latitude != null && p.Longitude != null)
            .Select(p => new { p.Address, Latitude = p.Latitude!.Value, Longitude = p.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return points.Concat(producers)
            .Select(x => (Place: AdministrativeUnits.FinestLocality(x.Address), At: new GeoPoint(x.Latitude, x.Longitude)))
            .Where(x => x.Place.Name.Length > 0)
            .Select(x => (Key: x.Place.Key, x.Place.Name, x.At))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => new LocalityCentre(g.Key, g.First().Name, GeoDistance.Centre(g.Select(x => x.At))!))
            .OrderBy(c => c.Name, SiteFormat.NameOrder)
            .ToList();
    }

    /// <summary>Entries nearest the origin first, each with its distance; those without coordinates last.</summary>
    public static List<SalesPointEntry> NearestFirst(IEnumerable<SalesPointEntry> entries, GeoPoint origin) =>
        GeoDistance.NearestFirst(entries, e => e.Location, origin)
            .Select(e => e with { DistanceKm = e.Location is { } at ? GeoDistance.Kilometres(origin, at) : null })
            .ToList();
}
