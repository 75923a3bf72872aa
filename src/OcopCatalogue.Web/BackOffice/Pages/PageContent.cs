using System.Linq.Expressions;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>Content pages (about the programme, contact) in the editorial workflow: snapshots are <see cref="PageFile"/>s.
/// A page belongs to no producer, so only staff without a producer limit work on it.</summary>
public sealed class PageContent(OcopDbContext db, PageSyncHandler sync)
    : SluggedContent<PageFile, ContentPage>(db, sync, PathSegment, publicFolder: "/trang", publicPage: "/Site/ContentPageView")
{
    public const string PathSegment = "trang";

    public override PageFile NewFile(Guid key) => new() { Key = key, State = PublicationState.Draft };

    protected override Expression<Func<ContentPage, EditorialItem>> Item =>
        p => new EditorialItem(ContentItemType.Page, p.Id, p.Title, p.Slug, null, p.State);

    protected override SnapshotFacts Facts(PageFile file) => new(file.Key, file.Title, file.Slug, null);
}
