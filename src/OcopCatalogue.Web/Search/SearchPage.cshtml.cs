using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Search;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Search;

public sealed class SearchPageModel(SiteSearch search) : PageModel
{
    /// <summary>The state as applied: an unknown locality dropped, the page clamped to the pages there are.</summary>
    public SearchFilter Filter { get; private set; } = new();

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    /// <summary>The folded words the results matched (the corrected ones when the query was corrected), for highlighting.</summary>
    public IReadOnlyList<string> MatchedWords { get; private set; } = [];

    /// <summary>Localities offered by the facet, in the alphabetical order of the page's language.</summary>
    public IReadOnlyList<LocalityCount> Localities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read by hand rather than model-bound: every malformed value is simply ignored, none is an error.
        var filter = SearchFilter.FromQuery(Request.Query);
        if (!filter.HasQuery)
        {
            Filter = filter with { Page = 1 };
            return;
        }

        var results = await search.SearchAsync(filter.ToRequest(), cancellationToken);

        // The locality facet counts every locality the words match, whatever locality is chosen: one that is
        // not among them is a stale or hand-made link, ignored like any other unknown value.
        if (filter.Facets.Locality is { } locality && !results.LocalityNames.ContainsKey(locality))
        {
            filter = filter with { Facets = filter.Facets with { Locality = null } };
            results = await search.SearchAsync(filter.ToRequest(), cancellationToken);
        }

        var pageCount = Math.Max(1, results.PageCount);
        if (filter.Page > pageCount)
        {
            filter = filter with { Page = pageCount };
            results = await search.SearchAsync(filter.ToRequest(), cancellationToken);
        }

        Filter = filter;
        Results = results;
        MatchedWords = results.CorrectedQuery is { } corrected
            ? SearchTerms.Parse(corrected).Words
            : SearchTerms.Parse(filter.Query).Words;
        var order = SiteFormat.NameOrder;
        Localities = results.LocalityNames
            .Select(l => new LocalityCount(l.Key, SiteFormat.LineStart(l.Value), results.LocalityCounts.GetValueOrDefault(l.Key)))
            .OrderBy(l => l.Name, order)
            .ToList();
    }
}
