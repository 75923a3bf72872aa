using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content;
using OcopCatalogue.Web.Content.Files;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>Producers in the editorial workflow: snapshots are <see cref="ProducerFile"/>s.</summary>
public sealed class ProducerContent(OcopDbContext db) : EditorialContent<ProducerFile, Producer>(db)
{
    public const string PathSegment = "chu-the";

    public override ContentItemType Type => ContentItemType.Producer;

    public override string Segment => PathSegment;

    public override string? PublicPath(string slug) => $"/chu-the/{slug}";

    public override string? PublicPageName => "/Catalogue/ProducerDetail";

    public override Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Producers.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new EditorialItem(ContentItemType.Producer, p.Id, p.Name, p.Slug, p.Id, p.State))
            .SingleOrDefaultAsync(cancellationToken);

    public override async Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Products.AnyAsync(p => p.ProducerId == id, cancellationToken).ConfigureAwait(false))
        {
            return "Workflow.Problem.ProducerHasProducts";
        }

        if (await Db.Producers.FindAsync([id], cancellationToken).ConfigureAwait(false) is { } producer)
        {
            Db.Producers.Remove(producer);
        }

        return null;
    }

    protected override Task<Producer?> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.Producers.Where(p => p.Id == id);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    protected override ProducerFile ToFile(Producer entity) => USyncMapping.ToFile(entity);

    protected override Task ApplyAsync(ProducerFile file, Producer entity, CancellationToken cancellationToken)
    {
        USyncMapping.Apply(file, entity);
        return Task.CompletedTask;
    }

    protected override SnapshotFacts Facts(ProducerFile file) => new(file.Key, file.Name, file.Slug, file.Key);

    protected override void SetState(Producer entity, PublicationState state, DateTimeOffset now)
    {
        entity.State = state;
        entity.UpdatedAt = now;
    }

    protected override async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, ProducerFile file, CancellationToken cancellationToken) =>
        await Db.Producers.AnyAsync(p => p.Slug == file.Slug && p.Id != id, cancellationToken).ConfigureAwait(false)
            ? [("slug", "Workflow.Problem.SlugTaken")]
            : [];
}
