using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Search;
using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// What a visitor asked the search page for, read from its URL: the words and the same facet tokens as the
/// catalogue (<c>nhom</c>, <c>sao</c>, <c>dia-phuong</c>, <c>trang-thai</c>) plus <c>trang</c>. Values that
/// mean nothing are ignored, never rejected, and every link the page draws is built here, so the same
/// state always gives the same URL.
/// </summary>
public sealed record SearchFilter
{
    public const string Path = "/tim-kiem";
    public const string QueryParameter = "q";

    // No facet token is this long; longer values are not even looked at.
    private const int MaxTokenLength = 100;

    /// <summary>The words as typed, trimmed and cut to what the engine reads; empty when nothing was typed.</summary>
    public string Query { get; init; } = "";
    public OcopGroup? Group { get; init; }
    public IReadOnlySet<StarRating> Stars { get; init; } = new HashSet<StarRating>();
    /// <summary>A locality key, the slug of its name, as in the catalogue.</summary>
    public string? Locality { get; init; }
    public CertificateStatus? Status { get; init; }
    public int Page { get; init; } = 1;

    public bool HasQuery => Query.Length > 0;

    public bool IsFiltered => Group is not null || Stars.Count > 0 || Locality is not null || Status is not null;

    public static SearchFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var stars = new HashSet<StarRating>();
        foreach (var value in Tokens(query, CatalogueParameters.Stars))
        {
            if (Number(value) is { } n && Enum.IsDefined(typeof(StarRating), n))
            {
                stars.Add((StarRating)n);
            }
        }

        return new SearchFilter
        {
            Query = Words(query[QueryParameter].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))),
            Group = Tokens(query, CatalogueParameters.Group)
                .Select(v => Number(v) is { } n && Enum.IsDefined(typeof(OcopGroup), n) ? (OcopGroup?)n : null)
                .FirstOrDefault(g => g is not null),
            Stars = stars,
            Locality = Tokens(query, CatalogueParameters.Locality).FirstOrDefault(OcopCatalogue.Core.Text.Slug.IsWellFormed),
            Status = Tokens(query, CatalogueParameters.Status)
                .Select(v => CatalogueParameters.StatusTokens.Where(t => t.Value == v).Select(t => (CertificateStatus?)t.Key).FirstOrDefault())
                .FirstOrDefault(s => s is not null),
            Page = Tokens(query, CatalogueParameters.Page).Select(Number).FirstOrDefault(n => n >= 1) ?? 1,
        };
    }

    /// <summary>What the engine is asked: every kind of item, the facet filters, this page.</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Group = (int?)Group,
        Stars = Stars.Select(s => (int)s).ToList(),
        Locality = Locality,
        Status = Status,
        Page = Page,
    };

    /// <summary>The URL of this state (defaults left out), on the given page or this state's page.</summary>
    public string ToUrl(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (HasQuery)
        {
            pairs.Add(new(QueryParameter, Query));
        }

        if (Group is { } group)
        {
            pairs.Add(new(CatalogueParameters.Group, ((int)group).ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var star in Stars.Order())
        {
            pairs.Add(new(CatalogueParameters.Stars, ((int)star).ToString(CultureInfo.InvariantCulture)));
        }

        if (Locality is not null)
        {
            pairs.Add(new(CatalogueParameters.Locality, Locality));
        }

        if (Status is { } status)
        {
            pairs.Add(new(CatalogueParameters.Status, CatalogueParameters.StatusTokens[status]));
        }

        var pageNumber = page ?? Page;
        if (pageNumber > 1)
        {
            pairs.Add(new(CatalogueParameters.Page, pageNumber.ToString(CultureInfo.InvariantCulture)));
        }

        return Site.SiteLanguage.Localize(Path + QueryString.Create(pairs).ToUriComponent());
    }

    // A facet link starts again from the first page: the old page number may not exist in the new results.

    /// <summary>The URL with this group chosen, or with no group when it is the one chosen.</summary>
    public string ToggleGroupUrl(OcopGroup group) => (this with { Group = Group == group ? null : group, Page = 1 }).ToUrl();

    /// <summary>The URL with this star rating added to the choices, or taken out when it is one of them.</summary>
    public string ToggleStarsUrl(StarRating stars)
    {
        var chosen = new HashSet<StarRating>(Stars);
        if (!chosen.Add(stars))
        {
            chosen.Remove(stars);
        }

        return (this with { Stars = chosen, Page = 1 }).ToUrl();
    }

    public string ToggleLocalityUrl(string key) => (this with { Locality = Locality == key ? null : key, Page = 1 }).ToUrl();

    public string ToggleStatusUrl(CertificateStatus status) => (this with { Status = Status == status ? null : status, Page = 1 }).ToUrl();

    /// <summary>The same words with no filter.</summary>
    public string UnfilteredUrl() => new SearchFilter { Query = Query }.ToUrl();

    /// <summary>Two states are equal when they ask for the same thing; the star choices compare as a set.</summary>
    public bool Equals(SearchFilter? other) =>
        other is not null
        && Query == other.Query
        && Group == other.Group
        && Stars.SetEquals(other.Stars)
        && Locality == other.Locality
        && Status == other.Status
        && Page == other.Page;

    public override int GetHashCode() =>
        HashCode.Combine(Query, Group, Stars.Aggregate(0, (hash, star) => hash | (1 << (int)star)), Locality, Status, Page);

    /// <summary>
    /// Whitespace collapsed and the length cut to what the engine reads, so a 1,000-character query neither
    /// fills the page title nor makes a URL longer than the one typed.
    /// </summary>
    private static string Words(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return "";
        }

        var words = string.Join(' ', typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length <= SearchTerms.MaxInputLength)
        {
            return words;
        }

        // Never cut between the two halves of an emoji.
        var length = char.IsHighSurrogate(words[SearchTerms.MaxInputLength - 1]) ? SearchTerms.MaxInputLength - 1 : SearchTerms.MaxInputLength;
        return words[..length].TrimEnd();
    }

    private static IEnumerable<string> Tokens(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values)
            ? values.Where(v => v is { Length: > 0 and <= MaxTokenLength }).Select(v => v!.Trim())
            : [];

    private static int? Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
