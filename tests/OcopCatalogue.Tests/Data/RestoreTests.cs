using System.Runtime.Versioning;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using OcopCatalogue.Web.Data;
using static OcopCatalogue.Web.Data.ContentBackup;

namespace OcopCatalogue.Tests.Data;

/// <summary>
/// How a restore switches the data directory over, on data directories made by hand (a small SQLite file and the
/// kinds of files the site keeps), so every step can be looked at without a running site.
/// </summary>
public sealed class RestoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 3, 4, 5, TimeSpan.Zero);
    private const string EarlierRestore = ".before-restore-20240101-000000Z";

    private string _scratch = null!;
    private string _data = null!;
    private string _backup = null!;
    private Dictionary<string, string> _old = null!;
    private Dictionary<string, string> _new = null!;

    [SetUp]
    public async Task MakeADataDirectoryAndABackupOfAnother()
    {
        _scratch = Directory.CreateTempSubdirectory("ocop-restore-test-").FullName;

        var other = Path.Combine(_scratch, "other");
        await WriteDatabaseAsync(other, "the backup's content");
        Write(other, "media/originals/moi.jpg", "a new photo");
        Write(other, "keys/key-new.xml", "<key new/>");
        Write(other, "network-salt.bin", "salt");
        (_backup, var manifest) = await new ContentBackup(other).BackupAsync(Path.Combine(_scratch, "backups"), Now);
        _new = manifest.Files.ToDictionary(f => f.Path, f => f.Sha256);

        _data = Path.Combine(_scratch, "srv", "data");
        await WriteDatabaseAsync(_data, "the current content");
        Write(_data, "media/originals/cu.jpg", "an old photo");
        Write(_data, "media/cache/cu/640.webp", "a rendition");
        Write(_data, "reports/bao-cao.json", "{}");
        Write(_data, "keys/key-old.xml", "<key old/>");
        Write(_data, "search.db", "an index");
        Write(_data, $"{EarlierRestore}/ocop.db", "what an earlier restore replaced");
        _old = Content(_data);
    }

    [TearDown]
    public void RemoveScratch()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_scratch, recursive: true);
    }

    [TestCase("exchange", TestName = "After_a_restore_by_exchange_the_data_directory_holds_exactly_the_backups_files")]
    [TestCase("refused", TestName = "After_a_restore_whose_exchange_the_file_system_refuses_the_data_directory_holds_exactly_the_backups_files")]
    [TestCase("inside", TestName = "After_a_restore_staged_inside_the_data_directory_it_holds_exactly_the_backups_files")]
    public async Task After_a_restore_the_data_directory_holds_exactly_the_backups_files(string way)
    {
        if (way == "exchange")
        {
            AssumeTheFileSystemExchangesDirectories();
        }

        var backup = way switch
        {
            "refused" => new ContentBackup(_data) { ExchangeDirectories = (_, _) => false },
            "inside" => new ContentBackup(_data) { ExchangeAllowed = false },
            _ => new ContentBackup(_data),
        };
        var (previous, _) = await backup.RestoreAsync(_backup, Now);

        Assert.Multiple(() =>
        {
            Assert.That(Content(_data), Is.EqualTo(_new), "no file of the previous content is left among the backup's");
            Assert.That(Path.GetDirectoryName(previous), Is.EqualTo(_data));
            Assert.That(Content(previous), Is.EqualTo(_old), "the previous files are kept whole");
            Assert.That(File.ReadAllText(Path.Combine(_data, EarlierRestore, "ocop.db")), Is.EqualTo("what an earlier restore replaced"));
            Assert.That(Directory.GetFileSystemEntries(_data, ".*").Select(Path.GetFileName), Is.EquivalentTo(new[] { EarlierRestore, Path.GetFileName(previous) }),
                "no staging folder is left inside");
            Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(_data)!), Is.EqualTo(new[] { _data }), "nor beside");
        });
    }

    // The steps by name: RestoreStep is internal to the site, and NUnit's test methods are public.
    [TestCase(nameof(RestoreStep.Staged))]
    [TestCase(nameof(RestoreStep.Exchanged))]
    [TestCase(nameof(RestoreStep.EarlierRestoresCarriedOver))]
    public void A_restore_interrupted_between_its_steps_leaves_the_old_or_the_new_content_whole_never_a_mix(string stepName)
    {
        AssumeTheFileSystemExchangesDirectories();
        var step = Enum.Parse<RestoreStep>(stepName);
        // A crash there, as far as the disk can tell: the restore's code stops and nothing else runs but its locks' release.
        var restore = new ContentBackup(_data)
        {
            AfterStep = s =>
            {
                if (s == step)
                {
                    throw new OperationCanceledException("simulated crash");
                }
            },
        };

        Assert.ThrowsAsync<OperationCanceledException>(() => restore.RestoreAsync(_backup, Now));

        // The other content, whole, is in the staging folder beside the data directory.
        var beside = Directory.GetDirectories(Path.GetDirectoryName(_data)!, ".data.restore-*").Single();
        var everything = Content(_data, includeEarlierRestores: true).Concat(Content(beside, includeEarlierRestores: true)).ToList();
        Assert.Multiple(() =>
        {
            if (step == RestoreStep.Staged)
            {
                Assert.That(Content(_data), Is.EqualTo(_old));
                Assert.That(Content(beside), Is.EqualTo(_new));
            }
            else
            {
                Assert.That(Content(_data), Is.EqualTo(_new));
                Assert.That(Content(beside), Is.EqualTo(_old));
            }

            Assert.That(everything.Count(e => e.Key == $"{EarlierRestore}/ocop.db"), Is.EqualTo(1), "the earlier restore's folder is in one place or the other");
        });
    }

    [Test]
    public async Task A_site_cannot_start_on_the_data_directory_at_any_step_of_a_restore()
    {
        AssumeTheFileSystemExchangesDirectories();
        var refused = new List<RestoreStep>();
        var restore = new ContentBackup(_data)
        {
            AfterStep = step =>
            {
                using var site = new DataDirectoryLock();
                try
                {
                    site.HoldShared(_data);
                }
                catch (InvalidOperationException)
                {
                    refused.Add(step);
                }
            },
        };

        await restore.RestoreAsync(_backup, Now);
        using var afterwards = new DataDirectoryLock();

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EqualTo(Enum.GetValues<RestoreStep>()), "the lock under the data directory's path is held throughout");
            Assert.That(() => afterwards.HoldShared(_data), Throws.Nothing, "and let go once the restore is done");
        });
    }

    [Test]
    [SupportedOSPlatform("linux")] // the exchange is Linux's; elsewhere the test is inconclusive before any mode is read
    public async Task The_data_directory_keeps_its_permissions_and_a_symbolic_link_to_it_stays_a_link()
    {
        AssumeTheFileSystemExchangesDirectories();
        const UnixFileMode OwnerAndGroup = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.SetGroup;
        File.SetUnixFileMode(_data, OwnerAndGroup);
        var link = Path.Combine(_scratch, "data-link");
        Directory.CreateSymbolicLink(link, _data);

        await new ContentBackup(link).RestoreAsync(_backup, Now);

        Assert.Multiple(() =>
        {
            Assert.That(new DirectoryInfo(link).LinkTarget, Is.EqualTo(_data));
            Assert.That(Content(link), Is.EqualTo(_new));
            Assert.That(File.GetUnixFileMode(_data), Is.EqualTo(OwnerAndGroup));
        });
    }

    [Test]
    public async Task Where_the_directories_cannot_be_exchanged_the_staging_folder_is_inside_the_data_directory()
    {
        var stagedInside = false;
        var restore = new ContentBackup(_data)
        {
            ExchangeAllowed = false,
            AfterStep = _ => stagedInside = Directory.GetDirectories(_data, ".restore-*").Length == 1,
        };

        await restore.RestoreAsync(_backup, Now);

        Assert.Multiple(() =>
        {
            Assert.That(stagedInside, Is.True);
            Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(_data)!), Is.EqualTo(new[] { _data }), "nothing is written beside it");
        });
    }

    private void AssumeTheFileSystemExchangesDirectories()
    {
        var first = Directory.CreateDirectory(Path.Combine(_scratch, "probe-1")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(_scratch, "probe-2")).FullName;
        File.WriteAllText(Path.Combine(first, "marker"), "1");
        var exchanged = DirectoryExchange.TryExchange(first, second) && File.Exists(Path.Combine(second, "marker"));
        Directory.Delete(first, recursive: true);
        Directory.Delete(second, recursive: true);
        Assume.That(exchanged, Is.True, "renameat2(RENAME_EXCHANGE) on this machine's temporary folder");
    }

    /// <summary>
    /// Relative path to SHA-256 of every file the site would see as its content: not the lock, not restore
    /// folders (earlier restores' only when asked).
    /// </summary>
    private static Dictionary<string, string> Content(string directory, bool includeEarlierRestores = false)
    {
        var content = new Dictionary<string, string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
            var top = relative.Split('/')[0];
            var earlier = top == EarlierRestore;
            if (top == DataDirectoryLock.FileName || (top.StartsWith('.') && !earlier) || (earlier && !includeEarlierRestores))
            {
                continue;
            }

            content[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }

        return content;
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static async Task WriteDatabaseAsync(string directory, string marker)
    {
        Directory.CreateDirectory(directory);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, ContentStoreExtensions.DatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE Marker (Text TEXT NOT NULL); INSERT INTO Marker VALUES ($marker);";
        command.Parameters.AddWithValue("$marker", marker);
        await command.ExecuteNonQueryAsync();
    }
}
