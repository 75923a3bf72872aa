using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>Slugs of published content the site under test imported, read from its own database.</summary>
public static class SiteContent
{
    public static Task<string?> ProducerSlugOfAsync(string productSlug) =>
        BrowserRun.Site.WithDbAsync(db => db.Products
            .Where(p => p.Slug == productSlug && p.Producer != null && p.Producer.State == PublicationState.Published)
            .Select(p => p.Producer!.Slug)
            .FirstOrDefaultAsync());

    public static Task<string?> FirstSalesPointSlugAsync() =>
        BrowserRun.Site.WithDbAsync(db => db.SalesPoints
            .Where(s => s.State == PublicationState.Published)
            .OrderBy(s => s.Slug)
            .Select(s => s.Slug)
            .FirstOrDefaultAsync());

    public static Task<string?> FirstContentPageSlugAsync() =>
        BrowserRun.Site.WithDbAsync(db => db.Pages
            .Where(p => p.State == PublicationState.Published)
            .OrderBy(p => p.MenuOrder)
            .ThenBy(p => p.Slug)
            .Select(p => p.Slug)
            .FirstOrDefaultAsync());
}
