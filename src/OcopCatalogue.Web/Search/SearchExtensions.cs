using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Search;

public static partial class SearchExtensions
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var dataDirectory = services.GetRequiredService<IOptions<ContentStoreOptions>>().Value
                .ResolveDataDirectory(services.GetRequiredService<IHostEnvironment>());
            return new SearchIndex(Path.Combine(dataDirectory, SearchIndex.FileName));
        });
        builder.Services.AddOptions<SearchOptions>()
            .Bind(builder.Configuration.GetSection(SearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<MatchCache>();
        builder.Services.AddSingleton<SpellingCorrector>();
        builder.Services.AddSingleton<IndexedFacts>();
        builder.Services.AddSingleton<SiteSearch>();
        builder.Services.AddScoped<SearchDocumentSource>();
        builder.Services.AddScoped<SearchIndexer>();
        builder.Services.AddContentPublishedHandler<SearchIndexRefresh>();
        return builder;
    }

    /// <summary>Creates the index on first start (or after a schema change) and fills it from the content store.</summary>
    public static async Task BuildSearchIndexAsync(this WebApplication app, bool forceRebuild = false)
    {
        var index = app.Services.GetRequiredService<SearchIndex>();
        var readiness = app.Services.GetRequiredService<SiteReadiness>();
        readiness.Wait(IndexReadinessPart, "the search index is being built");
        var isCurrent = await index.EnsureSchemaAsync();
        if (!isCurrent || forceRebuild)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync();
            LogIndexBuilt(app.Logger, count);
        }

        readiness.Ready(IndexReadinessPart);
    }

    /// <summary>What <c>/readyz</c> names while the index is built.</summary>
    public const string IndexReadinessPart = "search index";

    public const string RebuildCommand = "rebuild-search-index";

    /// <summary>
    /// Runs <c>rebuild-search-index</c> instead of the web server: drops nothing from the content store,
    /// rebuilds the derived index from it. Returns false when the arguments name no search command.
    /// </summary>
    public static async Task<bool> RunSearchCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(RebuildCommand, StringComparer.Ordinal))
        {
            return false;
        }

        await app.MigrateContentStoreAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync();
        await Console.Out.WriteLineAsync($"Search index rebuilt: {count} documents.");
        return true;
    }

    // HEAD as GET (the server sends no body), as for pages: link checkers and caches ask it.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/api/search/suggest", GetOrHead, SuggestEndpoint.HandleAsync).RequireRateLimiting(Hardening.RateLimitPolicies.Suggest);
        // The same suggestions for the English site: under /en the request culture is English, so links point there.
        endpoints.MapMethods(Site.SiteLanguage.EnglishPrefix + "/api/search/suggest", GetOrHead, SuggestEndpoint.HandleAsync).RequireRateLimiting(Hardening.RateLimitPolicies.Suggest);
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built with {Count} documents")]
    private static partial void LogIndexBuilt(ILogger logger, int count);
}
