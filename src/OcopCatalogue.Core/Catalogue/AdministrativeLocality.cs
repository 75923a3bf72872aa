namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// The locality an item is counted under: today's province when it is known, otherwise the locality as the source
/// published it (<see cref="AsPublished"/>), which a page must mark as such. Empty <see cref="Name"/> when neither is known.
/// </summary>
public readonly record struct AdministrativeLocality(string Name, bool AsPublished)
{
    /// <summary>The key in a page's address (<c>dia-phuong</c>): the slug of the name, as search's locality facet
    /// makes it, so a search facet links to the same catalogue filter.</summary>
    public string Key => Text.Slug.From(Name);
}
