namespace OcopCatalogue.Core.Editorial;

/// <summary>What staff can do to a content item in the editorial workflow.</summary>
public enum EditorialAction
{
    /// <summary>Store the form as a new version, not yet public.</summary>
    SaveDraft = 1,
    /// <summary>Ask an editor to review the latest draft.</summary>
    SendForReview = 2,
    /// <summary>An editor sends a draft under review back to its writer.</summary>
    ReturnToDraft = 3,
    Publish = 4,
    Unpublish = 5,
    /// <summary>A new draft made from an older version's snapshot.</summary>
    Rollback = 6,
    /// <summary>A rollback published at once.</summary>
    RollbackAndPublish = 7,
    /// <summary>Set or clear a date and time at which a version is published or the item unpublished.</summary>
    Schedule = 8,
    /// <summary>Move the item to the recycle bin (it leaves the public site).</summary>
    Delete = 9,
    /// <summary>Take the item out of the recycle bin, unpublished.</summary>
    Restore = 10,
    /// <summary>Delete an item in the recycle bin for good.</summary>
    Purge = 11,
}
