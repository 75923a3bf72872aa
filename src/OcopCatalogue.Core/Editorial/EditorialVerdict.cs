namespace OcopCatalogue.Core.Editorial;

/// <summary>The answer of <see cref="EditorialRules.Check"/>.</summary>
public enum EditorialVerdict
{
    Allowed = 0,
    /// <summary>The person's role never allows the action (a writer publishing): the back office answers 403.</summary>
    RoleForbids = 1,
    /// <summary>The role allows it, but not in the item's present state (sending a published item for review).</summary>
    StateForbids = 2,
}
