using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>Producers in the editorial workflow: snapshots are <see cref="ProducerFile"/>s; a producer is its own
/// owner for the staff scope, and one with products stays until they are gone.</summary>
public sealed class ProducerContent(OcopDbContext db, ProducerSyncHandler sync)
    : SluggedContent<ProducerFile, Producer>(db, sync, PathSegment, publicFolder: "/chu-the", publicPage: "/Catalogue/ProducerDetail")
{
    public const string PathSegment = "chu-the";

    public override ProducerFile NewFile(Guid key) => new() { Key = key, State = PublicationState.Draft };

    public override async Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Products.AnyAsync(p => p.ProducerId == id, cancellationToken).ConfigureAwait(false))
        {
            return "Workflow.Problem.ProducerHasProducts";
        }

        return await base.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
    }

    protected override Expression<Func<Producer, EditorialItem>> Item =>
        p => new EditorialItem(ContentItemType.Producer, p.Id, p.Name, p.Slug, p.Id, p.State);

    protected override SnapshotFacts Facts(ProducerFile file) => new(file.Key, file.Name, file.Slug, file.Key);
}
