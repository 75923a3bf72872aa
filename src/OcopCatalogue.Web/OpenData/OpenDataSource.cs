using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.OpenData;

/// <summary>
/// Reads the published lists for the open data. Only what the public pages already show goes out: published items,
/// published producers of published products, the certificates of published products without their decision scans
/// or staff notes. Nothing of drafts, the bin, batches, scans or fake reports is read at all.
/// </summary>
public sealed class OpenDataSource(OcopDbContext db, PublishedCatalogue catalogue, TimeProvider clock)
{
    /// <param name="absolute">Makes a site path an absolute address (the site's official address when configured).</param>
    public async Task<OpenDataTable> LoadAsync(OpenDataset dataset, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(absolute);
        var columns = OpenDataFiles.Columns[dataset];
        IEnumerable<object?[]> rows = dataset switch
        {
            OpenDataset.Products => await ProductsAsync(absolute, cancellationToken).ConfigureAwait(false),
            OpenDataset.Certificates => await CertificatesAsync(cancellationToken).ConfigureAwait(false),
            OpenDataset.Producers => await ProducersAsync(absolute, cancellationToken).ConfigureAwait(false),
            _ => await SalesPointsAsync(absolute, cancellationToken).ConfigureAwait(false),
        };
        return new OpenDataTable(columns, rows);
    }

    /// <summary>From the catalogue's list already in memory, so the products' certificates stand exactly as the catalogue shows them.</summary>
    private async Task<IEnumerable<object?[]>> ProductsAsync(Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var entries = await catalogue.EntriesAsync(cancellationToken).ConfigureAwait(false);
        var producers = await db.Producers.AsNoTracking()
            .Where(p => p.State == PublicationState.Published)
            .Select(p => new { p.Id, p.Slug })
            .ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken).ConfigureAwait(false);
        return entries.OrderBy(e => e.Slug, StringComparer.Ordinal).Select(e =>
        {
            var current = e.Standing.Status is CertificateStatus.NotRated or CertificateStatus.Proposed ? null : e.Standing.Current;
            var producerSlug = e.ProducerId is { } id && producers.TryGetValue(id, out var slug) ? slug : null;
            return new object?[]
            {
                e.Slug, absolute($"{CatalogueParameters.Path}/{e.Slug}"), e.Name, e.NameEn, (int)e.Group, producerSlug,
                producerSlug is null ? null : e.ProducerName, Empty(e.Locality), (int?)e.Stars, e.Score,
                CatalogueParameters.StatusTokens[e.Status], current?.DecisionNumber, Day(current?.DecisionDate), Day(current?.ValidThrough),
                current?.Level?.ToString(), Moment(e.UpdatedAt),
            };
        }).ToList();
    }

    private async Task<IEnumerable<object?[]>> CertificatesAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var products = await db.Products.AsNoTracking()
            .Where(p => p.State == PublicationState.Published)
            .OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, p.Certificates })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return products.OrderBy(p => p.Slug, StringComparer.Ordinal).SelectMany(p =>
        {
            var history = p.Certificates.OrderBy(c => c.Sequence).ToList();
            return history.Select(c => new object?[]
            {
                p.Slug, c.Sequence, c.Kind?.ToString(), (int?)c.Stars, c.Score, c.Level?.ToString(), c.DecisionNumber, Day(c.DecisionDate),
                Day(c.ValidThrough), c.IsProposed, c.IsRevoked, Day(c.RevokedOn), c.PublishedAsExpired,
                CatalogueParameters.StatusTokens[c.StatusOn(today, history)], c.Source,
            });
        }).ToList();
    }

    private async Task<IEnumerable<object?[]>> ProducersAsync(Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var producers = await db.Producers.AsNoTracking()
            .Where(p => p.State == PublicationState.Published)
            .Select(p => new
            {
                p.Slug, p.Name, p.NameEn, p.Kind, p.Address.Street, p.Address.CommuneOrWard, p.Address.District, p.Address.Province,
                p.Address.CurrentCommuneOrWard, p.Address.CurrentProvince, p.Latitude, p.Longitude, p.Phone, p.Website, p.UpdatedAt,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return producers.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new object?[]
        {
            p.Slug, absolute($"/chu-the/{p.Slug}"), p.Name, p.NameEn, CatalogueParameters.ProducerKindTokens[p.Kind], p.Street, p.CommuneOrWard,
            p.District, Empty(p.Province), p.CurrentCommuneOrWard, p.CurrentProvince, p.Latitude, p.Longitude, p.Phone, Site.SiteFormat.WebLink(p.Website), Moment(p.UpdatedAt),
        }).ToList();
    }

    private async Task<IEnumerable<object?[]>> SalesPointsAsync(Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var points = await db.SalesPoints.AsNoTracking()
            .Where(s => s.State == PublicationState.Published)
            .Select(s => new
            {
                s.Slug, s.Name, s.NameEn, s.Kind, s.Operator, s.Address.Street, s.Address.CommuneOrWard, s.Address.District, s.Address.Province,
                s.Address.CurrentCommuneOrWard, s.Address.CurrentProvince, s.Latitude, s.Longitude, s.Phone, s.OpeningHours, s.LastVerified, s.UpdatedAt,
                Products = s.Products.Where(p => p.State == PublicationState.Published).Select(p => p.Slug).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return points.OrderBy(s => s.Slug, StringComparer.Ordinal).Select(s => new object?[]
        {
            s.Slug, absolute($"/diem-ban/{s.Slug}"), s.Name, s.NameEn, s.Kind.ToString(), s.Operator, s.Street, s.CommuneOrWard, s.District,
            Empty(s.Province), s.CurrentCommuneOrWard, s.CurrentProvince, s.Latitude, s.Longitude, s.Phone, s.OpeningHours, Day(s.LastVerified),
            string.Join(';', s.Products.Order(StringComparer.Ordinal)), Moment(s.UpdatedAt),
        }).ToList();
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Moment(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
