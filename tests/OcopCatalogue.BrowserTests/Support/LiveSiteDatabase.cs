using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>
/// The live site's database as tests read and seed it between page visits, each call in a scope of its own as a
/// request has, so no database context outlives its work.
/// </summary>
public static class LiveSiteDatabase
{
    /// <summary>Runs <paramref name="work"/> on the site's database and returns what it read.</summary>
    public static async Task<T> WithDbAsync<T>(this LiveSite site, Func<OcopDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> on the site's database.</summary>
    public static async Task WithDbAsync(this LiveSite site, Func<OcopDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = site.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }
}
