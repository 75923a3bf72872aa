namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// What the edit forms of named content (producers, products, sales points) share: the name in Vietnamese and in
/// English, the slug (made from the name when left empty) and the remark kept with the version.
/// </summary>
public abstract class NamedForm
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Slug { get; set; }
    /// <summary>A remark stored with the version ("new photos", "typo").</summary>
    public string? Note { get; set; }

    /// <summary>True when the slug field was left empty: the page then picks a free one from the name.</summary>
    public bool SlugFromName => string.IsNullOrWhiteSpace(Slug);

    /// <summary>The slug the form asks for: as typed, or made from the name when left empty.</summary>
    public string WantedSlug() => SlugFromName ? Core.Text.Slug.From(Name) : Slug!.Trim();

    /// <summary>Shows a stored item's names and slug.</summary>
    protected void ShowNames(string name, string? nameEn, string slug)
    {
        Name = name;
        NameEn = nameEn;
        Slug = slug;
    }
}
