using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Web.Site;

/// <summary>The one query behind the public pages of stored records: the published record at a slug.</summary>
public static class PublishedRecords
{
    /// <summary>The published record at <paramref name="slug"/>, untracked, or null.</summary>
    public static Task<TRecord?> PublishedAtAsync<TRecord>(this IQueryable<TRecord> records, string slug, CancellationToken cancellationToken)
        where TRecord : class, ISluggedRecord =>
        records.AsNoTracking().Where(r => r.Slug == slug && r.State == PublicationState.Published).SingleOrDefaultAsync(cancellationToken);
}
