using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Loads published products as catalogue entries in one projection query; callers filter in memory.
/// <see cref="PublishedCatalogue"/> keeps all of them (20,000 take about 0.4 s to read on a 2-core machine) and,
/// on publish, reads again only the products a change names.
/// </summary>
public static class PublishedProducts
{
    public static async Task<List<CatalogueEntry>> LoadAsync(
        OcopDbContext db, DateOnly today, Expression<Func<Product, bool>>? where = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Products.AsNoTracking().Where(p => p.State == PublicationState.Published);
        if (where is not null)
        {
            query = query.Where(where);
        }

        var rows = await query
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                p.NameEn,
                p.Group,
                p.ShortDescription,
                p.UpdatedAt,
                p.OriginLocality,
                p.OriginProvince,
                p.OriginCurrentProvince,
                p.ProducerId,
                Producer = p.Producer != null && p.Producer.State == PublicationState.Published
                    ? new { p.Producer.Name, p.Producer.NameEn, p.Producer.Kind, p.Producer.Address.District, p.Producer.Address.CommuneOrWard, p.Producer.Address.Province, p.Producer.Address.CurrentProvince }
                    : null,
                p.Images,
                p.Certificates,
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => WithExpiryMonth(new CatalogueEntry
        {
            Id = r.Id,
            Slug = r.Slug,
            Name = r.Name,
            NameEn = r.NameEn,
            Group = r.Group,
            Standing = OcopStanding.On(r.Certificates, today),
            ProducerId = r.ProducerId,
            ProducerName = r.Producer?.Name,
            ProducerNameEn = r.Producer?.NameEn,
            ProducerKind = r.Producer?.Kind,
            // Counted under today's province where it is known, else under the locality as published (marked so).
            Place = r.Producer is { } producer
                ? new PostalAddress { District = producer.District, CommuneOrWard = producer.CommuneOrWard, Province = producer.Province, CurrentProvince = producer.CurrentProvince }.GroupingLocality
                : new PostalAddress { CommuneOrWard = r.OriginLocality, Province = r.OriginProvince ?? "", CurrentProvince = r.OriginCurrentProvince }.GroupingLocality,
            ShortDescription = r.ShortDescription,
            Image = r.Images.OrderBy(i => i.Order).FirstOrDefault(),
            UpdatedAt = r.UpdatedAt,
        }, today)).ToList();
    }

    private static CatalogueEntry WithExpiryMonth(CatalogueEntry entry, DateOnly today) =>
        entry.ValidThrough is { } last ? entry with { ExpiryMonthsAhead = MonthsBetween(today, last) } : entry;

    /// <summary>Calendar months from the month of <paramref name="from"/> to that of <paramref name="to"/>.</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year * 12 + to.Month) - (from.Year * 12 + from.Month);

    /// <summary>Products worth showing first (<see cref="FeaturedOrder"/>).</summary>
    public static IEnumerable<CatalogueEntry> FeaturedFirst(this IEnumerable<CatalogueEntry> entries, StringComparer nameOrder) =>
        entries.Order(new FeaturedOrder(nameOrder));
}
