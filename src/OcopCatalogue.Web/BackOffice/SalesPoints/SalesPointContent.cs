using Microsoft.EntityFrameworkCore;
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
public sealed class SalesPointContent(OcopDbContext db, SalesPointSyncHandler sync) : SluggedContent<SalesPointFile, SalesPoint>(db)
{
    public const string PathSegment = "diem-ban";

    /// <summary>The type's uSync handler, whose mapping and file checks the workflow and the edit page share.</summary>
    public SalesPointSyncHandler Sync => sync;

    public override ContentItemType Type => ContentItemType.SalesPoint;

    public override string Segment => PathSegment;

    public override string? PublicPath(string slug) => $"/diem-ban/{slug}";

    public override string? PublicPageName => "/SalesPoints/SalesPointDetail";

    public override Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.SalesPoints.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new EditorialItem(ContentItemType.SalesPoint, s.Id, s.Name, s.Slug, null, s.State))
            .SingleOrDefaultAsync(cancellationToken);

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

    protected override SalesPointFile ToFile(SalesPoint entity) => sync.ToFile(entity);

    protected override Task ApplyAsync(SalesPointFile file, SalesPoint entity, CancellationToken cancellationToken) =>
        sync.ApplyAsync(file, entity, cancellationToken);

    protected override SnapshotFacts Facts(SalesPointFile file) => new(file.Key, file.Name, file.Slug, null);
}
