using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Tests.Operations;

/// <summary>A node whose store is behind this build's migrations, or not there at all, is not ready.</summary>
public sealed class StoreHealthCheckTests
{
    [Test]
    public async Task A_store_without_this_builds_migrations_is_not_ready()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ocop-health-{Guid.NewGuid():N}.db");
        try
        {
            // An empty database file: reachable, but none of the schema.
            await using (var empty = new SqliteConnection($"Data Source={file}"))
            {
                await empty.OpenAsync();
            }

            await using var db = new OcopDbContext(new DbContextOptionsBuilder<OcopDbContext>().UseSqlite($"Data Source={file}").Options);

            var result = await new StoreHealthCheck(db).CheckHealthAsync(new HealthCheckContext());

            Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(result.Description, Does.Contain("not applied yet"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Test]
    public async Task A_store_that_cannot_be_opened_is_not_ready()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"ocop-missing-{Guid.NewGuid():N}", "store.db");
        await using var db = new OcopDbContext(new DbContextOptionsBuilder<OcopDbContext>().UseSqlite($"Data Source={missing};Mode=ReadOnly").Options);

        var result = await new StoreHealthCheck(db).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(result.Description, Does.StartWith("not reachable"));
    }
}
