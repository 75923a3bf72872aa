using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content;
using OcopCatalogue.Web.Content.Files;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>Content pages (about the programme, contact) in the editorial workflow: snapshots are <see cref="PageFile"/>s.
/// A page belongs to no producer, so only staff without a producer limit work on it.</summary>
public sealed class PageContent(OcopDbContext db) : EditorialContent<PageFile, ContentPage>(db)
{
    public const string PathSegment = "trang";

    public override ContentItemType Type => ContentItemType.Page;

    public override string Segment => PathSegment;

    public override string? PublicPath(string slug) => $"/trang/{slug}";

    public override string? PublicPageName => "/Site/ContentPageView";

    public override Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Pages.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new EditorialItem(ContentItemType.Page, p.Id, p.Title, p.Slug, null, p.State))
            .SingleOrDefaultAsync(cancellationToken);

    public override async Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Pages.FindAsync([id], cancellationToken).ConfigureAwait(false) is { } page)
        {
            Db.Pages.Remove(page);
        }

        return null;
    }

    /// <summary>The slug wanted, or when another page has it, the first of "-2", "-3"... that is free.</summary>
    public async Task<string> FreeSlugAsync(string wanted, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var taken = await Db.Pages.AsNoTracking().Where(p => p.Id != id && p.Slug.StartsWith(wanted)).Select(p => p.Slug)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return SlugChoice.FirstFree(wanted, taken);
    }

    protected override Task<ContentPage?> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.Pages.Where(p => p.Id == id);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    protected override PageFile ToFile(ContentPage entity) => USyncMapping.ToFile(entity);

    protected override Task ApplyAsync(PageFile file, ContentPage entity, CancellationToken cancellationToken)
    {
        USyncMapping.Apply(file, entity);
        return Task.CompletedTask;
    }

    protected override SnapshotFacts Facts(PageFile file) => new(file.Key, file.Title, file.Slug, null);

    protected override void SetState(ContentPage entity, PublicationState state, DateTimeOffset now)
    {
        entity.State = state;
        entity.UpdatedAt = now;
    }

    protected override async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, PageFile file, CancellationToken cancellationToken) =>
        await Db.Pages.AnyAsync(p => p.Slug == file.Slug && p.Id != id, cancellationToken).ConfigureAwait(false)
            ? [("slug", "Workflow.Problem.SlugTaken")]
            : [];
}
