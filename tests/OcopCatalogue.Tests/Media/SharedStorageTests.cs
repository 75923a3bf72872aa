using System.Net;
using OcopCatalogue.Tests.Data.PostgreSql;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

/// <summary>
/// Two servers on one PostgreSQL database, each with its own data directory, sharing <c>Ocop:Storage:Directory</c>:
/// a photo uploaded through one is served by the other, which makes its renditions from the shared original.
/// </summary>
public sealed class SharedStorageTests
{
    [Test]
    public async Task A_photo_uploaded_through_one_server_is_served_by_the_other()
    {
        var database = TestPostgreSql.CreateDatabase();
        var storage = Directory.CreateTempSubdirectory("ocop-storage-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Ocop:Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Ocop"] = database,
            ["Ocop:Storage:Directory"] = storage,
        };
        using var images = new VipsImages();
        using var a = new OcopWebFactory(settings: settings);
        using var b = new OcopWebFactory(settings: settings);
        try
        {
            using var clientB = b.CreateClient();
            var photo = await MediaUploads.ReadyAsync(a, await File.ReadAllBytesAsync(await images.PhotoAsync("shared.jpg", 900, 600)), "shared.jpg");

            using var served = await clientB.GetAsync(new Uri($"/media/{photo.Id}/640.webp", UriKind.Relative));

            Assert.Multiple(() =>
            {
                Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(MediaUploads.Store(a).OriginalPath(photo.Id, MediaFormat.Jpeg), Does.StartWith(storage + "/"), "the original is in shared storage");
                Assert.That(File.Exists(MediaUploads.Store(b).RenditionPath(photo.Id, MediaRendition.Parse("640.webp")!)), Is.True,
                    "server B made its own rendition in its data directory");
                Assert.That(MediaUploads.Store(b).Cache, Does.StartWith(b.DataDirectory + "/"));
                Assert.That(Directory.EnumerateFiles(storage, "*.part", SearchOption.AllDirectories), Is.Empty, "no half-written file is left");
            });
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            TestPostgreSql.DropDatabase(database);
            Directory.Delete(storage, recursive: true);
        }
    }
}
