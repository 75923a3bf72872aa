using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data;

/// <summary>
/// A backup or restore that fails half-way (a full disk is the usual cause; bench/full-disk.sh shows it on a real
/// one) must say so, and leave neither something that passes for a backup nor a partial copy holding the space.
/// </summary>
public sealed class BackupFailureTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 3, 4, 5, TimeSpan.Zero);

    private string _scratch = null!;

    [SetUp]
    public void MakeScratch() => _scratch = Directory.CreateTempSubdirectory("ocop-backup-failure-").FullName;

    [TearDown]
    public void RemoveScratch()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [Test]
    public async Task A_backup_whose_database_copy_fails_is_an_error_and_leaves_no_backup_folder()
    {
        // VACUUM INTO reads every page; a damaged one stops it with an error, as a full disk under the copy does.
        var data = Directory.CreateDirectory(Path.Combine(_scratch, "data")).FullName;
        await DamagedDatabaseAsync(Path.Combine(data, ContentStoreExtensions.DatabaseFileName));
        var backups = Directory.CreateDirectory(Path.Combine(_scratch, "backups")).FullName;

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => new ContentBackup(data).BackupAsync(backups, Now));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.Contain("no backup was made"));
            Assert.That(failure.InnerException, Is.TypeOf<SqliteException>());
            Assert.That(Directory.GetFileSystemEntries(backups), Is.Empty, "neither a backup folder nor its .partial copy");
        });
    }

    [Test]
    public async Task A_restore_that_cannot_stage_the_backup_changes_nothing_and_leaves_no_staging_copy()
    {
        // Files that match their manifest, but a database SQLite cannot read: the check of the staged copy fails.
        var backup = Directory.CreateDirectory(Path.Combine(_scratch, "ocop-backup-x")).FullName;
        var database = Path.Combine(backup, ContentStoreExtensions.DatabaseFileName);
        await File.WriteAllTextAsync(database, new string('x', 8192));
        var bytes = await File.ReadAllBytesAsync(database);
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, Now,
            [new BackupFile(ContentStoreExtensions.DatabaseFileName, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)))]);
        await File.WriteAllTextAsync(Path.Combine(backup, BackupManifest.FileName), manifest.ToJson());
        var parent = Directory.CreateDirectory(Path.Combine(_scratch, "srv")).FullName;
        var target = Directory.CreateDirectory(Path.Combine(parent, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(target, "keep.txt"), "the current files");

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => new ContentBackup(target).RestoreAsync(backup, Now));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.Contain("Nothing was restored"));
            Assert.That(Directory.GetFileSystemEntries(parent).Select(Path.GetFileName), Is.EqualTo(new[] { "data" }), "no staging copy beside");
            Assert.That(Directory.GetFileSystemEntries(target).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "keep.txt", DataDirectoryLock.FileName }),
                "no staging copy inside, nothing replaced");
            Assert.That(File.ReadAllText(Path.Combine(target, "keep.txt")), Is.EqualTo("the current files"));
        });
    }

    // A real database of a few dozen pages, then one of its table's pages overwritten.
    private static async Task DamagedDatabaseAsync(string path)
    {
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA page_size = 4096;
                CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
                INSERT INTO Notes (Text) SELECT printf('%.200c', 'x') FROM n;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = 4096 * 10;
        await file.WriteAsync(Enumerable.Repeat((byte)0xFF, 4096).ToArray());
    }
}
