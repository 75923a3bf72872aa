namespace OcopCatalogue.Core.Editorial;

/// <summary>
/// The user groups of the editorial workflow, as Umbraco's defaults: each includes what the one before it may do.
/// </summary>
public enum EditorialRole
{
    Writer = 1,
    Editor = 2,
    Administrator = 3,
}
