using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>What importing one file did: the item it holds, whether it was new, and every item that changed for readers.</summary>
public sealed record SyncOutcome(Guid Key, bool Added, IReadOnlyList<ContentItemRef> Changes)
{
    public static SyncOutcome Unchanged(Guid key) => new(key, false, []);
}
