using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.Editorial;

/// <summary>
/// Where an item stands in the workflow. <paramref name="Working"/> is the state staff see (of the newest version,
/// or of the live item when nothing newer waits); <paramref name="IsLive"/> says whether the public site shows
/// the item, which can be true while a newer draft waits (Umbraco's "published, pending changes").
/// </summary>
public sealed record EditorialStatus(PublicationState Working, bool IsLive, bool InRecycleBin)
{
    /// <summary>
    /// The status of an item from its stored state (what the public tables say) and the state of its newest
    /// version (null when it has none, as content imported from uSync before it was ever edited).
    /// </summary>
    public static EditorialStatus Of(PublicationState stored, PublicationState? newestVersion, bool inRecycleBin)
    {
        var live = stored == PublicationState.Published && !inRecycleBin;
        var working = newestVersion is PublicationState.Draft or PublicationState.InReview
            ? newestVersion.Value
            : live ? PublicationState.Published
            : stored == PublicationState.Published ? PublicationState.Unpublished
            : stored;
        return new EditorialStatus(working, live, inRecycleBin);
    }
}
