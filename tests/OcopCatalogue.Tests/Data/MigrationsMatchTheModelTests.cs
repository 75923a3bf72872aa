using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data;

/// <summary>Our migrations are hand-written (no EF design-time package here), so this is what keeps them honest.</summary>
public sealed class MigrationsMatchTheModelTests
{
    [Test]
    public async Task Migrated_schema_is_the_schema_the_model_would_create()
    {
        var dir = Directory.CreateTempSubdirectory("ocop-schema-").FullName;
        try
        {
            var migrated = await SchemaOf(Path.Combine(dir, "migrated.db"), db => db.Database.MigrateAsync());
            var created = await SchemaOf(Path.Combine(dir, "created.db"), db => db.Database.EnsureCreatedAsync());

            Assert.That(migrated, Is.Not.Empty);
            Assert.That(migrated, Is.EqualTo(created));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Migrating_twice_changes_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("ocop-schema-").FullName;
        try
        {
            var file = Path.Combine(dir, "twice.db");
            var first = await SchemaOf(file, db => db.Database.MigrateAsync());
            var second = await SchemaOf(file, db => db.Database.MigrateAsync());
            Assert.That(second, Is.EqualTo(first));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<List<string>> SchemaOf(string file, Func<OcopDbContext, Task> create)
    {
        var options = new DbContextOptionsBuilder<OcopDbContext>()
            .UseContentStore(DatabaseProvider.Sqlite, $"Data Source={file}")
            .Options;
        await using var db = new OcopDbContext(options);
        await create(db);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Compared by structure, not by CREATE TABLE text: SQLite's ADD COLUMN appends to the stored statement, so a
        // table grown by a later migration reads differently from one created whole, while meaning the same.
        command.CommandText = """
            SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' notnull=' || c."notnull" || ' default=' || ifnull(c.dflt_value, '') || ' pk=' || c.pk
              FROM sqlite_master m JOIN pragma_table_info(m.name) c
             WHERE m.type = 'table' AND m.name NOT LIKE '__EF%' AND m.name NOT LIKE 'sqlite_%'
            UNION ALL
            SELECT 'foreign key ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
              FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND m.name NOT LIKE '__EF%'
            UNION ALL
            SELECT 'index ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE '__EF%'
            ORDER BY 1
            """;
        var statements = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statements.Add(reader.GetString(0));
        }

        return statements;
    }
}
