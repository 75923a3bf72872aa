using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data;

public sealed class DataSafetyTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 3, 4, 5, TimeSpan.Zero);

    private OcopWebFactory _factory = null!;
    private string _scratch = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        // The repository's content, plus files of the kinds the site keeps next to the database.
        _factory = new OcopWebFactory();
        using (var client = _factory.CreateClient())
        {
            // The sign-in form's antiforgery token uses the data protection keys, a rate-limited call the network salt:
            // both are in the database now, so the backup's copy of the database carries them.
            client.GetAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative)).GetAwaiter().GetResult().Dispose();
            client.GetAsync(new Uri("/api/search/suggest?q=tra", UriKind.Relative)).GetAwaiter().GetResult().Dispose();
        }

        Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "media", "originals"));
        Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "media", "cache", "x"));
        Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "reports"));
        File.WriteAllBytes(Path.Combine(_factory.DataDirectory, "media", "originals", "anh.jpg"), [0xFF, 0xD8, 0xFF, 1, 2, 3]);
        File.WriteAllText(Path.Combine(_factory.DataDirectory, "media", "cache", "x", "640.webp"), "derived");
        File.WriteAllText(Path.Combine(_factory.DataDirectory, "reports", "bao-cao.json"), "{}");
    }

    [SetUp]
    public void MakeScratch() => _scratch = Directory.CreateTempSubdirectory("ocop-backup-test-").FullName;

    [TearDown]
    public void RemoveScratch()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [Test]
    public async Task Content_connections_write_with_synchronous_FULL_in_WAL_mode_and_wait_when_busy()
    {
        await _factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await Assert.MultipleAsync(async () =>
                {
                    Assert.That(await PragmaAsync(db, "synchronous"), Is.EqualTo("2"), "2 is FULL");
                    Assert.That(await PragmaAsync(db, "journal_mode"), Is.EqualTo("wal"));
                    Assert.That(await PragmaAsync(db, "busy_timeout"), Is.EqualTo(DurableWrites.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                });
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    [Test]
    public async Task An_online_backup_restores_into_a_new_site_with_the_same_content_media_and_search()
    {
        var (folder, manifest) = await new ContentBackup(_factory.DataDirectory).BackupAsync(_scratch, Now);
        var before = await ProductNamesAsync(_factory.DatabasePath);
        const string Keys = "SELECT Xml FROM DataProtectionKeys ORDER BY Id;";
        var keysBefore = await ColumnAsync(_factory.DatabasePath, Keys);

        using var empty = new EmptyFolder();
        using var restoredSite = new OcopWebFactory(empty.Path);
        var (previous, _) = await new ContentBackup(restoredSite.DataDirectory).RestoreAsync(folder, Now);
        var after = await ProductNamesAsync(restoredSite.DatabasePath);
        var keysAfter = await ColumnAsync(restoredSite.DatabasePath, Keys);
        var integrity = await ContentBackup.IntegrityAsync(restoredSite.DatabasePath);
        SqliteConnection.ClearAllPools();
        using var client = restoredSite.CreateClient();
        using var product = await client.GetAsync(new Uri("/san-pham/tra-xa-den", UriKind.Relative));
        var search = await HtmlPage.GetAsync(client, "/tim-kiem?q=tra+xa+den");

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(folder), Is.EqualTo("ocop-backup-20250615-030405Z"));
            Assert.That(manifest.Files.Select(f => f.Path), Is.EquivalentTo(new[]
            {
                "ocop.db", "media/originals/anh.jpg", "reports/bao-cao.json",
            }), "the search index, its instruction position, renditions and the lock stay out");
            Assert.That(manifest.Files.All(f => f.Sha256.Length == 64 && f.Bytes > 0), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(folder, BackupManifest.FileName)), Does.Contain("\"sha256\""));
            Assert.That(before, Is.Not.Empty);
            Assert.That(after, Is.EqualTo(before));
            Assert.That(keysBefore, Is.Not.Empty, "the keys protecting sign-in cookies are in the database");
            Assert.That(keysAfter, Is.EqualTo(keysBefore), "a restored site accepts the cookies its backup's keys issued");
            Assert.That(integrity, Is.EqualTo("ok"));
            Assert.That(File.ReadAllBytes(Path.Combine(restoredSite.DataDirectory, "media", "originals", "anh.jpg")), Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF, 1, 2, 3 }));
            Assert.That(Directory.Exists(previous), Is.True, "the files the restore replaced are kept aside");
            Assert.That(product.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(search.Document.QuerySelectorAll("main a[href='/san-pham/tra-xa-den']"), Is.Not.Empty, "the search index is rebuilt on start");
        });
    }

    [Test]
    public async Task Restore_refuses_while_the_site_runs_on_the_data_directory_and_changes_nothing()
    {
        var (folder, _) = await new ContentBackup(_factory.DataDirectory).BackupAsync(_scratch, Now);
        // The running site's background work may open the database at any moment, and SQLite then makes its -wal and
        // -shm files beside it: those are the running site's, not the restore's, so they are left out of the comparison.
        List<string> Entries() => [.. Directory.GetFileSystemEntries(_factory.DataDirectory)
            .Where(e => !e.EndsWith("-wal", StringComparison.Ordinal) && !e.EndsWith("-shm", StringComparison.Ordinal)).Order()];
        var before = Entries();

        var refusal = Assert.ThrowsAsync<InvalidOperationException>(() => new ContentBackup(_factory.DataDirectory).RestoreAsync(folder, Now));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Message, Does.Contain("Stop it first"));
            Assert.That(before, Does.Contain(Path.Combine(_factory.DataDirectory, "ocop.db")));
            Assert.That(Entries(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task A_damaged_backup_is_refused_before_anything_is_touched()
    {
        var (folder, _) = await new ContentBackup(_factory.DataDirectory).BackupAsync(_scratch, Now);
        File.AppendAllText(Path.Combine(folder, "reports", "bao-cao.json"), " ");
        var target = Directory.CreateDirectory(Path.Combine(_scratch, "target")).FullName;
        File.WriteAllText(Path.Combine(target, "ocop.db"), "the current database");

        var refusal = Assert.ThrowsAsync<InvalidOperationException>(() => new ContentBackup(target).RestoreAsync(folder, Now));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Message, Does.Contain("reports/bao-cao.json"));
            Assert.That(File.ReadAllText(Path.Combine(target, "ocop.db")), Is.EqualTo("the current database"));
        });
    }

    [Test]
    public async Task A_manifest_path_outside_the_backup_is_refused()
    {
        var (folder, manifest) = await new ContentBackup(_factory.DataDirectory).BackupAsync(_scratch, Now);
        var hostile = manifest with { Files = [.. manifest.Files, new BackupFile("../../ngoai.txt", 1, new string('0', 64))] };
        File.WriteAllText(Path.Combine(folder, BackupManifest.FileName), hostile.ToJson());

        var refusal = Assert.ThrowsAsync<InvalidOperationException>(() => new ContentBackup(Path.Combine(_scratch, "target")).RestoreAsync(folder, Now));

        Assert.That(refusal!.Message, Does.Contain("outside the backup"));
    }

    private static async Task<string> PragmaAsync(OcopDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static Task<List<string>> ProductNamesAsync(string database) => ColumnAsync(database, "SELECT Name FROM Products ORDER BY Id;");

    private static async Task<List<string>> ColumnAsync(string database, string query)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private sealed class EmptyFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
