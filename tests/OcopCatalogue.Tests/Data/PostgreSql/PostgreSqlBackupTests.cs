using Npgsql;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data.PostgreSql;

/// <summary>
/// The backup and restore commands' work on PostgreSQL: pg_dump and pg_restore for the database, the shared
/// storage's and the data directory's files beside it, and a refusal to mix the providers' backups.
/// </summary>
public sealed class PostgreSqlBackupTests
{
    private string _database = "";
    private string _data = "";
    private string _storage = "";
    private string _backups = "";

    [SetUp]
    public void MakeFolders()
    {
        _database = TestPostgreSql.CreateDatabase();
        _data = Directory.CreateTempSubdirectory("ocop-data-").FullName;
        _storage = Directory.CreateTempSubdirectory("ocop-storage-").FullName;
        _backups = Directory.CreateTempSubdirectory("ocop-backups-").FullName;
    }

    [TearDown]
    public void RemoveFolders()
    {
        TestPostgreSql.DropDatabase(_database);
        foreach (var directory in new[] { _data, _storage, _backups })
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private PostgreSqlBackup Backup => new(_database, _data, _storage);

    [Test]
    public async Task A_restore_brings_back_the_content_and_the_shared_files_of_the_backup()
    {
        await StartAndStopSiteAsync();
        var photo = Path.Combine(_storage, "reports", "0123456789abcdef0123456789abcdef.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(photo)!);
        await File.WriteAllBytesAsync(photo, [0xFF, 0xD8, 0xFF, 1, 2, 3]);
        var before = await ScalarAsync("""SELECT "Name" FROM "Products" ORDER BY "Id" LIMIT 1""");

        var (folder, manifest) = await Backup.BackupAsync(_backups, DateTimeOffset.UtcNow);
        await ScalarAsync("""UPDATE "Products" SET "Name" = 'Đổi sau sao lưu' RETURNING "Name" """);
        File.Delete(photo);
        await Backup.RestoreAsync(folder);

        Assert.Multiple(async () =>
        {
            Assert.That(manifest.Provider, Is.EqualTo("PostgreSQL"));
            Assert.That(manifest.Files.Select(f => f.Path), Does.Contain(PostgreSqlBackup.DumpFileName).And.Contain("reports/0123456789abcdef0123456789abcdef.jpg"));
            Assert.That(await ScalarAsync("""SELECT "Name" FROM "Products" ORDER BY "Id" LIMIT 1"""), Is.EqualTo(before));
            Assert.That(await ScalarAsync("""SELECT count(*)::text FROM "Products" WHERE "Name" = 'Đổi sau sao lưu'"""), Is.EqualTo("0"));
            Assert.That(File.Exists(photo), Is.True, "the report photo is back in shared storage");
        });
    }

    [Test]
    public async Task A_backup_of_the_other_provider_is_refused_with_nothing_changed()
    {
        await StartAndStopSiteAsync();
        var (folder, _) = await Backup.BackupAsync(_backups, DateTimeOffset.UtcNow);
        var sqliteBackup = Path.Combine(_backups, "from-sqlite");
        Directory.CreateDirectory(sqliteBackup);
        await File.WriteAllTextAsync(Path.Combine(sqliteBackup, BackupManifest.FileName),
            new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, [], BackupManifest.SqliteProvider).ToJson());

        var intoPostgreSql = Assert.ThrowsAsync<InvalidOperationException>(() => Backup.RestoreAsync(sqliteBackup));
        var intoSqlite = Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ContentBackup(Directory.CreateTempSubdirectory("ocop-sqlite-").FullName).RestoreAsync(folder, DateTimeOffset.UtcNow));

        Assert.That(intoPostgreSql!.Message, Does.Contain("holds a SQLite content store").And.Contain("configured for PostgreSQL"));
        Assert.That(intoSqlite!.Message, Does.Contain("holds a PostgreSQL content store").And.Contain("configured for SQLite"));
    }

    /// <summary>A site on the database imports the repository's content, then stops (a restore needs every server stopped).</summary>
    private async Task StartAndStopSiteAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ocop:Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Ocop"] = _database,
            ["Ocop:DataDirectory"] = _data,
            ["Ocop:Storage:Directory"] = _storage,
        };
        await using var site = new OcopWebFactory(settings: settings);
        _ = site.Server;
        await Task.CompletedTask;
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
