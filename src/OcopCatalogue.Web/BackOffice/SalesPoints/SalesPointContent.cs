using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.SalesPoints;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// Sales points in the editorial workflow: snapshots are <see cref="SalesPointFile"/>s. A sales point belongs to no
/// producer, so only staff without a producer limit work on it. Which products it stocks is not part of its file
/// (each product's file lists its sales points), so its versions never change a product.
/// </summary>
public sealed class SalesPointContent(OcopDbContext db, SalesPointSyncHandler sync)
    : SluggedContent<SalesPointFile, SalesPoint>(db, sync, PathSegment, publicFolder: "/diem-ban", publicPage: "/SalesPoints/SalesPointDetail")
{
    public const string PathSegment = "diem-ban";

    public override SalesPointFile NewFile(Guid key) => new() { Key = key, State = PublicationState.Draft };

    /// <summary>
    /// A point that products still list stays: removing it would change those products behind their versions' back
    /// (a rollback would then name a point that is gone). The products are edited first.
    /// </summary>
    public override async Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Products.AnyAsync(p => p.SalesPoints.Any(s => s.Id == id), cancellationToken).ConfigureAwait(false))
        {
            return "SalesPoints.Problem.StillStocked";
        }

        return await base.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
    }

    protected override Expression<Func<SalesPoint, EditorialItem>> Item =>
        s => new EditorialItem(ContentItemType.SalesPoint, s.Id, s.Name, s.Slug, null, s.State);

    protected override SnapshotFacts Facts(SalesPointFile file) => new(file.Key, file.Name, file.Slug, null);
}
