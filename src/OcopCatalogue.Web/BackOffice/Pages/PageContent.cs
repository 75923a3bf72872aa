using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>Content pages (about the programme, contact) in the editorial workflow: snapshots are <see cref="PageFile"/>s.
/// A page belongs to no producer, so only staff without a producer limit work on it.</summary>
public sealed class PageContent(OcopDbContext db, PageSyncHandler sync) : SluggedContent<PageFile, ContentPage>(db)
{
    public const string PathSegment = "trang";

    /// <summary>The type's uSync handler, whose mapping and file checks the workflow and the edit page share.</summary>
    public PageSyncHandler Sync => sync;

    public override ContentItemType Type => ContentItemType.Page;

    public override string Segment => PathSegment;

    public override string? PublicPath(string slug) => $"/trang/{slug}";

    public override string? PublicPageName => "/Site/ContentPageView";

    public override Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Pages.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new EditorialItem(ContentItemType.Page, p.Id, p.Title, p.Slug, null, p.State))
            .SingleOrDefaultAsync(cancellationToken);

    protected override PageFile ToFile(ContentPage entity) => sync.ToFile(entity);

    protected override Task ApplyAsync(PageFile file, ContentPage entity, CancellationToken cancellationToken) =>
        sync.ApplyAsync(file, entity, cancellationToken);

    protected override SnapshotFacts Facts(PageFile file) => new(file.Key, file.Title, file.Slug, null);
}
