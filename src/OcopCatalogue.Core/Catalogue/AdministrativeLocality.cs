namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// The locality an item is counted under: today's province when it is known, otherwise the locality as the source
/// published it (<see cref="AsPublished"/>), which a page must mark as such. Empty <see cref="Name"/> when neither is known.
/// </summary>
public readonly record struct AdministrativeLocality(string Name, bool AsPublished)
{
    /// <summary>The key in a page's address (<c>dia-phuong</c>): the slug of the name, and for a published locality
    /// with a prefix, so "An Giang" as published and the province of today are never counted as one.</summary>
    public string Key => Name.Length == 0 ? "" : AsPublished ? Text.Slug.From(AdministrativeUnits.PublishedKeyPrefix + Name) : Text.Slug.From(Name);
}
