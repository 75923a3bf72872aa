using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// A running site's services as tests use them between requests. Each call has a scope of its own, as a request
/// does, so a database context never outlives its work and no call sees entities another one tracked.
/// </summary>
public static class SiteServices
{
    /// <summary>Runs <paramref name="work"/> on the site's database and returns what it read.</summary>
    public static async Task<T> WithDbAsync<T>(this WebApplicationFactory<Program> site, Func<OcopDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> on the site's database.</summary>
    public static async Task WithDbAsync(this WebApplicationFactory<Program> site, Func<OcopDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = site.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> with one of the site's scoped services and returns its answer.</summary>
    public static async Task<T> WithServiceAsync<TService, T>(this WebApplicationFactory<Program> site, Func<TService, Task<T>> work)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs <paramref name="work"/> with one of the site's scoped services.</summary>
    public static async Task WithServiceAsync<TService>(this WebApplicationFactory<Program> site, Func<TService, Task> work)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = site.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Writes the entities (and what they hold) straight into the site's database.</summary>
    public static Task SaveAsync(this WebApplicationFactory<Program> site, params object[] entities) =>
        site.WithDbAsync(db =>
        {
            db.AddRange(entities);
            return db.SaveChangesAsync();
        });

    /// <summary>Tells the site's consumers (search index, caches, catalogue list) that the items changed, as publishing does.</summary>
    public static Task PublishAsync(this WebApplicationFactory<Program> site, params ContentItemRef[] items) =>
        site.WithServiceAsync<ContentPublisher>(publisher => publisher.PublishAsync(new ContentPublished(items, "test")));

    /// <summary>Imports the site's uSync folder again, as the site does when it starts.</summary>
    public static Task<ImportReport> ImportAsync(this WebApplicationFactory<Program> site) =>
        site.WithServiceAsync<ContentImporter, ImportReport>(importer => importer.ImportAsync());

    /// <summary>Writes the site's content as uSync files into <paramref name="directory"/>.</summary>
    public static Task<ExportReport> ExportAsync(this WebApplicationFactory<Program> site, string directory) =>
        site.WithServiceAsync<ContentExporter, ExportReport>(exporter => exporter.ExportAsync(directory));

    /// <summary>The key of the product at <paramref name="slug"/>.</summary>
    public static Task<Guid> ProductIdAsync(this WebApplicationFactory<Program> site, string slug) =>
        site.WithDbAsync(db => db.Products.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    /// <summary>The key of the producer of the product at <paramref name="productSlug"/>.</summary>
    public static Task<Guid> ProducerOfAsync(this WebApplicationFactory<Program> site, string productSlug) =>
        site.WithDbAsync(db => db.Products.Where(p => p.Slug == productSlug).Select(p => p.ProducerId!.Value).SingleAsync());

    /// <summary>The product at <paramref name="slug"/>, untracked, without its certificates and sales points.</summary>
    public static Task<Product> ProductAsync(this WebApplicationFactory<Program> site, string slug) =>
        site.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Slug == slug));

    /// <summary>The product with the key, untracked, without its certificates and sales points.</summary>
    public static Task<Product> ProductAsync(this WebApplicationFactory<Program> site, Guid id) =>
        site.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>The scan log as stored, once the background writer has written the views it was holding.</summary>
    public static async Task<List<ScanRecord>> ScanRecordsAsync(this WebApplicationFactory<Program> site)
    {
        ArgumentNullException.ThrowIfNull(site);
        await site.Services.GetRequiredService<ScanRecorder>().FlushAsync();
        return await site.WithDbAsync(db => db.Set<ScanRecord>().AsNoTracking().ToListAsync());
    }

    /// <summary>The batch with the lot code, untracked: the repository's sample batch is "XD2025-07".</summary>
    public static Task<TraceBatch> BatchAsync(this WebApplicationFactory<Program> site, string lot) =>
        site.WithDbAsync(db => db.TraceBatches.AsNoTracking().SingleAsync(b => b.LotCode == lot));
}
