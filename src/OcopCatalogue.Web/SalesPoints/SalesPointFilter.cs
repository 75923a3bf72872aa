using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>
/// The directory's choices, read leniently from the query string: anything malformed or unknown is ignored
/// and the visitor gets the normal list.
/// </summary>
public sealed record SalesPointFilter
{
    public string? Locality { get; init; }
    public SalesPointKind? Kind { get; init; }
    public OcopGroup? Group { get; init; }
    public string? Product { get; init; }
    public string? Near { get; init; }

    public bool IsFiltered => Locality is not null || Kind is not null || Group is not null || Product is not null;

    public static SalesPointFilter From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SalesPointFilter
        {
            Locality = SlugOrNull(query[SalesPointParameters.Locality]),
            Kind = SalesPointParameters.KindTokens.FirstOrDefault(k => k.Value == query[SalesPointParameters.Kind].ToString()) is { Value: not null } kind
                ? kind.Key
                : null,
            Group = int.TryParse(query[SalesPointParameters.Group], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var g)
                && Enum.IsDefined((OcopGroup)g) ? (OcopGroup)g : null,
            Product = SlugOrNull(query[SalesPointParameters.Product]),
            Near = SlugOrNull(query[SalesPointParameters.Near]),
        };
    }

    public IEnumerable<SalesPointEntry> Apply(IEnumerable<SalesPointEntry> entries) => entries
        .Where(e => Locality is null || e.LocalityKey == Locality)
        .Where(e => Kind is null || e.Kind == Kind)
        .Where(e => Group is null || e.Products.Any(p => p.Group == Group))
        .Where(e => Product is null || e.Products.Any(p => p.Slug == Product));

    private static string? SlugOrNull(string? value) =>
        !string.IsNullOrEmpty(value) && OcopCatalogue.Core.Text.Slug.IsWellFormed(value) ? value : null;
}
