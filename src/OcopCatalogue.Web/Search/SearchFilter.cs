using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Search;
using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// What a visitor asked the search page for, read from its URL: the words, the catalogue's facet choices
/// (<see cref="FacetSelection"/>: group, stars, locality, status) and <c>trang</c>. Values that mean nothing are
/// ignored, never rejected, and every link the page draws is built here, so the same state always gives the same URL.
/// </summary>
public sealed record SearchFilter
{
    public const string Path = "/tim-kiem";
    public const string QueryParameter = "q";

    /// <summary>The facets search offers; the producer kind is the catalogue's alone.</summary>
    public const Facet Offered = Facet.Group | Facet.Stars | Facet.Locality | Facet.Status;

    /// <summary>The words as typed, trimmed and cut to what the engine reads; empty when nothing was typed.</summary>
    public string Query { get; init; } = "";
    public FacetSelection Facets { get; init; } = FacetSelection.None;
    public int Page { get; init; } = 1;

    public bool HasQuery => Query.Length > 0;

    public bool IsFiltered => !Facets.IsEmpty;

    public static SearchFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SearchFilter
        {
            Query = Words(query[QueryParameter].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))),
            Facets = FacetSelection.FromQuery(query, Offered),
            Page = QueryTokens.Page(query),
        };
    }

    /// <summary>What the engine is asked: every kind of item, the facet filters, this page.</summary>
    public SearchRequest ToRequest() => new() { Query = Query, Facets = Facets, Page = Page };

    /// <summary>The URL of this state (defaults left out), on the given page or this state's page.</summary>
    public string ToUrl(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (HasQuery)
        {
            pairs.Add(new(QueryParameter, Query));
        }

        Facets.AddTo(pairs);
        QueryTokens.AddPage(pairs, page ?? Page);
        return Site.SiteLanguage.Localize(Path + QueryString.Create(pairs).ToUriComponent());
    }

    // A facet link starts again from the first page: the old page number may not exist in the new results.

    /// <summary>The URL with this group chosen, or with no group when it is the one chosen.</summary>
    public string ToggleGroupUrl(OcopGroup group) => With(Facets.ToggleGroup(group));

    /// <summary>The URL with this star rating added to the choices, or taken out when it is one of them.</summary>
    public string ToggleStarsUrl(StarRating stars) => With(Facets.ToggleStars(stars));

    public string ToggleLocalityUrl(string key) => With(Facets.ToggleLocality(key));

    public string ToggleStatusUrl(CertificateStatus status) => With(Facets.ToggleStatus(status));

    /// <summary>The same words with no filter.</summary>
    public string UnfilteredUrl() => new SearchFilter { Query = Query }.ToUrl();

    private string With(FacetSelection facets) => (this with { Facets = facets, Page = 1 }).ToUrl();

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
}
