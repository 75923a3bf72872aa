using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.USync;

public sealed class ContentExportTests
{
    [Test]
    public async Task Export_after_importing_the_repository_gives_its_files_byte_for_byte()
    {
        using var factory = new OcopWebFactory(RepositoryPaths.USync);
        var target = Directory.CreateTempSubdirectory("ocop-export-").FullName;
        try
        {
            var report = await factory.ExportAsync(target);

            var expected = USyncCopy.JsonFiles(RepositoryPaths.USync);
            Assert.That(USyncCopy.JsonFiles(target), Is.EqualTo(expected));
            Assert.That(report.Written, Has.Count.EqualTo(expected.Count));
            Assert.Multiple(() =>
            {
                foreach (var file in expected)
                {
                    Assert.That(File.ReadAllBytes(Path.Combine(target, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(RepositoryPaths.USync, file))),
                        $"{file} differs from the export; run export-usync to normalise it");
                }
            });
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Test]
    public async Task Export_then_import_changes_nothing()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var before = await ContentStoreSnapshot.TakeAsync(factory);

        var export = await factory.ExportAsync(usync.Path);
        var import = await factory.ImportAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(export.Written, Is.Empty, "files already in the canonical format are not rewritten");
            Assert.That(import.ChangedAnything, Is.False);
            Assert.That(await ContentStoreSnapshot.TakeAsync(factory), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task A_batch_file_named_the_old_way_without_its_key_still_imports_and_the_export_renames_it()
    {
        using var usync = USyncCopy.OfRepository();
        const string Current = "batches/tra-xa-den-xd2025-07-5b0e3c1a.json";
        const string Old = "batches/tra-xa-den-xd2025-07.json";
        File.Move(Path.Combine(usync.Path, Current), Path.Combine(usync.Path, Old));
        using var factory = new OcopWebFactory(usync.Path);
        Assert.That(await factory.WithDbAsync(db => db.TraceBatches.AnyAsync(b => b.LotCode == "XD2025-07")), Is.True, "the old name imports");

        var export = await factory.ExportAsync(usync.Path);

        Assert.Multiple(() =>
        {
            Assert.That(export.Written, Does.Contain(Current));
            Assert.That(File.Exists(Path.Combine(usync.Path, Old)), Is.False, "the same key is not left in two files");
        });
    }

    [Test]
    public async Task Export_of_a_renamed_item_writes_the_new_file_and_removes_the_old_one()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        await factory.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "lien-he");
            page.Slug = "lien-he-voi-chung-toi";
            await db.SaveChangesAsync();
        });

        usync.Write("pages/ban-nhap-cua-bien-tap-vien.json", "{ \"key\": \"not yet a guid\" }");
        var report = await factory.ExportAsync(usync.Path);
        var nextImport = await factory.ImportAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Written, Is.EqualTo(Expected.Of("pages/lien-he-voi-chung-toi.json")));
            Assert.That(nextImport.Unchanged, Does.Contain("pages/lien-he-voi-chung-toi.json"), "the moved file is the same item, unchanged");
            Assert.That(nextImport.Failed, Is.EqualTo(Expected.Of("pages/ban-nhap-cua-bien-tap-vien.json")));
            Assert.That(report.Removed, Is.EqualTo(Expected.Of("pages/lien-he.json")));
            Assert.That(report.NotInStore, Is.EqualTo(Expected.Of("pages/ban-nhap-cua-bien-tap-vien.json")), "an editor's unknown file is left alone");
            Assert.That(File.Exists(Path.Combine(usync.Path, "pages", "lien-he.json")), Is.False);
            Assert.That(File.Exists(Path.Combine(usync.Path, "pages", "ban-nhap-cua-bien-tap-vien.json")), Is.True);
        });
    }
}
