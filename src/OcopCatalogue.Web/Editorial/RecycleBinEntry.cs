using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// An item in the recycle bin: the soft-delete flag kept beside the content tables rather than in each of them, so a
/// deleted item keeps its row (and its versions) until an editor purges it, and every content type is binned alike.
/// </summary>
public sealed class RecycleBinEntry
{
    /// <summary>The longest <see cref="Name"/> kept.</summary>
    public const int MaxNameLength = 200;

    public ContentItemType ItemType { get; set; }
    public Guid ItemId { get; set; }
    /// <summary>The name when deleted, so the bin can list it without loading the item.</summary>
    public string Name { get; set; } = "";
    /// <summary>The producer the item belongs to, so a producer-limited writer sees only their own deleted items.</summary>
    public Guid? ProducerId { get; set; }
    /// <summary>The stored state before deletion (a restored item comes back unpublished, never live).</summary>
    public PublicationState StateBefore { get; set; }
    public string DeletedById { get; set; } = "";
    public string DeletedByName { get; set; } = "";
    public DateTimeOffset DeletedAt { get; set; }
}
