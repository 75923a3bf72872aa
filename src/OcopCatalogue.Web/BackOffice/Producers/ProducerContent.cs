using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>Producers in the editorial workflow: snapshots are <see cref="ProducerFile"/>s.</summary>
public sealed class ProducerContent(OcopDbContext db, ProducerSyncHandler sync) : SluggedContent<ProducerFile, Producer>(db)
{
    public const string PathSegment = "chu-the";

    /// <summary>The type's uSync handler, whose mapping and file checks the workflow and the edit page share.</summary>
    public ProducerSyncHandler Sync => sync;

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

        return await base.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
    }

    protected override ProducerFile ToFile(Producer entity) => sync.ToFile(entity);

    protected override Task ApplyAsync(ProducerFile file, Producer entity, CancellationToken cancellationToken) =>
        sync.ApplyAsync(file, entity, cancellationToken);

    protected override SnapshotFacts Facts(ProducerFile file) => new(file.Key, file.Name, file.Slug, file.Key);
}
