using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data.PostgreSql;

/// <summary>
/// PostgreSQL's migrations are made by dotnet-ef with a model snapshot (docs/decisions/0015): EF's own comparison says
/// whether the model moved on without one, and a real server says whether they build what the model describes.
/// </summary>
public sealed class PostgreSqlMigrationsTests
{
    [Test]
    public void The_model_has_no_change_that_lacks_a_PostgreSQL_migration()
    {
        using var db = Context(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=unused");

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "the model changed: add a PostgreSQL migration (docs/decisions/0015) and a hand-written SQLite one");
    }

    [Test]
    public void Each_provider_runs_only_its_own_migrations()
    {
        using var sqlite = Context(DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var postgreSql = Context(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=unused");
        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        var postgreSqlIds = postgreSql.Database.GetMigrations().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(sqliteIds, Does.Contain("20261122000000_InitialContentModel"));
            Assert.That(postgreSqlIds, Is.Not.Empty);
            Assert.That(sqliteIds.Intersect(postgreSqlIds), Is.Empty);
        });
    }

    [Test]
    public async Task Migrated_schema_is_the_schema_the_model_would_create()
    {
        var migrated = TestPostgreSql.CreateDatabase();
        var created = TestPostgreSql.CreateDatabase();
        try
        {
            await using (var db = Context(DatabaseProvider.PostgreSql, migrated))
            {
                await db.Database.MigrateAsync();
            }

            await using (var db = Context(DatabaseProvider.PostgreSql, created))
            {
                await db.Database.EnsureCreatedAsync();
            }

            var migratedSchema = await SchemaOf(migrated);
            Assert.That(migratedSchema, Has.Count.GreaterThan(100));
            Assert.That(migratedSchema, Is.EqualTo(await SchemaOf(created)));
        }
        finally
        {
            TestPostgreSql.DropDatabase(migrated);
            TestPostgreSql.DropDatabase(created);
        }
    }

    [Test]
    public async Task Migrating_twice_changes_nothing()
    {
        var database = TestPostgreSql.CreateDatabase();
        try
        {
            await using (var db = Context(DatabaseProvider.PostgreSql, database))
            {
                await db.Database.MigrateAsync();
            }

            var first = await SchemaOf(database);
            await using (var db = Context(DatabaseProvider.PostgreSql, database))
            {
                await db.Database.MigrateAsync();
                Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
            }

            Assert.That(await SchemaOf(database), Is.EqualTo(first));
        }
        finally
        {
            TestPostgreSql.DropDatabase(database);
        }
    }

    [Test]
    public async Task A_second_server_waits_for_the_first_to_finish_migrating()
    {
        var database = TestPostgreSql.CreateDatabase();
        try
        {
            var options = Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = database });
            var first = new PostgreSqlExclusiveWork(options, NullLogger<PostgreSqlExclusiveWork>.Instance);
            var second = new PostgreSqlExclusiveWork(options, NullLogger<PostgreSqlExclusiveWork>.Instance);

            var held = await first.AcquireAsync(ExclusiveWork.Migration, CancellationToken.None);
            var waiting = second.AcquireAsync(ExclusiveWork.Migration, CancellationToken.None);
            var otherWork = await second.AcquireAsync(ExclusiveWork.ContentImport, CancellationToken.None);
            await Task.Delay(300);
            var waitedWhileHeld = !waiting.IsCompleted;
            await held.DisposeAsync();
            var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Multiple(() =>
            {
                Assert.That(waitedWhileHeld, Is.True, "the second server waited");
                Assert.That(next, Is.Not.Null, "and went on once the first released the lock");
            });
            await next.DisposeAsync();
            await otherWork.DisposeAsync();
        }
        finally
        {
            TestPostgreSql.DropDatabase(database);
        }
    }

    private static OcopDbContext Context(DatabaseProvider provider, string connectionString) =>
        new(new DbContextOptionsBuilder<OcopDbContext>().UseContentStore(provider, connectionString).Options);

    /// <summary>Tables, columns with their types, collations, defaults and identity, constraints and indexes.</summary>
    private static async Task<List<string>> SchemaOf(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.data_type
                   || coalesce('(' || c.character_maximum_length || ')', '') || coalesce(' numeric(' || c.numeric_precision || ',' || c.numeric_scale || ')', '')
                   || ' null=' || c.is_nullable || ' default=' || coalesce(c.column_default, '') || ' identity=' || coalesce(c.identity_generation, '')
                   || ' collation=' || coalesce(c.collation_name, '')
              FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'constraint ' || t.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
              FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
             WHERE n.nspname = 'public' AND t.relname <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            ORDER BY 1
            """, connection);
        var statements = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statements.Add(reader.GetString(0));
        }

        return statements;
    }
}
