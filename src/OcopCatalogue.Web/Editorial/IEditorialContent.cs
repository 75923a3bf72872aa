using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// One content type in the editorial workflow: how its items are found, turned into a snapshot (their uSync file)
/// and back, and where the public sees them. A new type plugs in by deriving from
/// <see cref="EditorialContent{TFile, TEntity}"/> and registering it with
/// <see cref="EditorialExtensions.AddEditorialContent{T}"/>; history, comparison, preview, rollback, schedules and the
/// recycle bin then work for it unchanged (docs/decisions/0009).
/// </summary>
public interface IEditorialContent
{
    ContentItemType Type { get; }

    /// <summary>The type's Vietnamese URL segment in the back office ("san-pham"), used by the workflow's pages.</summary>
    string Segment { get; }

    /// <summary>The address of the type's edit page for an item.</summary>
    string EditPath(Guid id);

    /// <summary>The public page of an item with the given slug, or null when the type has no page of its own.</summary>
    string? PublicPath(string slug);

    /// <summary>The Razor page that shows an item to the public (its route takes the item's <c>slug</c>), which the
    /// preview renders; null when the type has no page of its own.</summary>
    string? PublicPageName { get; }

    Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The stored item as a snapshot, or null when there is no such item.</summary>
    Task<string?> SnapshotAsync(Guid id, CancellationToken cancellationToken);

    SnapshotFacts Describe(string snapshot);

    /// <summary>
    /// Problems that keep a snapshot out of the store (a slug another item uses, a key that names nothing), by
    /// field name; empty when it can be applied.
    /// </summary>
    Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, string snapshot, CancellationToken cancellationToken);

    /// <summary>Stages the snapshot onto the stored item (adding it when new) with the given state; the caller saves.</summary>
    Task ApplyAsync(Guid id, string snapshot, PublicationState state, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stages a new state for the stored item; the caller saves.</summary>
    Task SetStateAsync(Guid id, PublicationState state, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stages the removal of the item for good, or returns a problem when others still depend on it.</summary>
    Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The items a change to this one shows on (the item itself, and for example a producer's products).</summary>
    IReadOnlyList<ContentItemRef> Affected(Guid id) => [new ContentItemRef(Type, id)];
}
