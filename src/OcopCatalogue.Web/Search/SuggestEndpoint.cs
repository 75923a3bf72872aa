namespace OcopCatalogue.Web.Search;

/// <summary>GET /api/search/suggest?q=… : up to eight products and producers for the search box, as JSON.</summary>
internal static class SuggestEndpoint
{
    public const int MaxSuggestions = 8;

    public static async Task<IResult> HandleAsync(string? q, SiteSearch search, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(new SearchRequest
        {
            Query = q,
            Kinds = [SearchItemKind.Product, SearchItemKind.Producer],
            PageSize = MaxSuggestions,
        }, cancellationToken);

        return Results.Json(new SuggestResponse(
            q ?? "",
            results.CorrectedQuery,
            [.. results.Hits.Select(h => new Suggestion(h.Title, h.Subtitle, SearchUrls.For(h.Kind, h.Slug), h.Kind.ToString().ToLowerInvariant(), h.Stars))]));
    }

    internal sealed record SuggestResponse(string Query, string? Corrected, IReadOnlyList<Suggestion> Suggestions);

    internal sealed record Suggestion(string Title, string? Subtitle, string Url, string Kind, int? Stars);
}
