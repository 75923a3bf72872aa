using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Loads published products as catalogue entries in one projection query; callers filter in memory.
/// Fine for the few hundred products of a province; the search index takes over when that stops being true.
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
                Producer = p.Producer != null && p.Producer.State == PublicationState.Published
                    ? new { p.Producer.Name, p.Producer.NameEn, p.Producer.Kind, p.Producer.Address.District, p.Producer.Address.CommuneOrWard, p.Producer.Address.Province }
                    : null,
                p.Images,
                p.Certificates,
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new CatalogueEntry
        {
            Id = r.Id,
            Slug = r.Slug,
            Name = r.Name,
            NameEn = r.NameEn,
            Group = r.Group,
            Standing = OcopStanding.On(r.Certificates, today),
            ProducerName = r.Producer?.Name,
            ProducerNameEn = r.Producer?.NameEn,
            ProducerKind = r.Producer?.Kind,
            Locality = r.Producer is { } producer
                ? new PostalAddress { District = producer.District, CommuneOrWard = producer.CommuneOrWard, Province = producer.Province }.Locality
                : new PostalAddress { CommuneOrWard = r.OriginLocality, Province = r.OriginProvince ?? "" }.Locality,
            ShortDescription = r.ShortDescription,
            Image = r.Images.OrderBy(i => i.Order).FirstOrDefault(),
            UpdatedAt = r.UpdatedAt,
        }).ToList();
    }

    /// <summary>Products worth showing first: a valid certificate, then more stars, then a higher score.</summary>
    public static IEnumerable<CatalogueEntry> FeaturedFirst(this IEnumerable<CatalogueEntry> entries, StringComparer nameOrder) =>
        entries
            .OrderByDescending(e => e.Standing.ShowsOcopMark)
            .ThenByDescending(e => e.Stars)
            .ThenByDescending(e => e.Score)
            .ThenBy(e => e.Name, nameOrder);
}
