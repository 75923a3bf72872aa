using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Support;

/// <summary>Every UpdatedAt (and every ImportedAt) in the store, by item key, to show what an import touched.</summary>
public static class ContentStoreSnapshot
{
    public static Task<Dictionary<string, DateTimeOffset>> TakeAsync(WebApplicationFactory<Program> site) => site.WithDbAsync(TakeAsync);

    private static async Task<Dictionary<string, DateTimeOffset>> TakeAsync(OcopDbContext db)
    {
        var stamps = new Dictionary<string, DateTimeOffset>();
        foreach (var p in await db.Producers.AsNoTracking().ToListAsync())
        {
            stamps[$"producer {p.Slug}"] = p.UpdatedAt;
        }

        foreach (var p in await db.Products.AsNoTracking().ToListAsync())
        {
            stamps[$"product {p.Slug}"] = p.UpdatedAt;
        }

        foreach (var s in await db.SalesPoints.AsNoTracking().ToListAsync())
        {
            stamps[$"sales point {s.Slug}"] = s.UpdatedAt;
        }

        foreach (var p in await db.Pages.AsNoTracking().ToListAsync())
        {
            stamps[$"page {p.Slug}"] = p.UpdatedAt;
        }

        foreach (var b in await db.TraceBatches.AsNoTracking().ToListAsync())
        {
            stamps[$"batch {b.LotCode}"] = b.UpdatedAt;
        }

        foreach (var f in await db.ImportedFiles.AsNoTracking().ToListAsync())
        {
            stamps[$"file {f.Path}"] = f.ImportedAt;
        }

        return stamps;
    }
}
