using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

/// <summary>
/// A photo whose processing was cut off (the site stopped or crashed between storing the upload and rendering it)
/// is finished by the next start from its original, or marked failed with the reason when the original is gone.
/// </summary>
public sealed class MediaResumptionTests
{
    [Test]
    public async Task The_next_start_finishes_photos_left_processing_and_fails_those_without_an_original()
    {
        using var images = new VipsImages();
        using var before = new OcopWebFactory();
        var cutOff = await MediaUploads.ReadyAsync(before, await File.ReadAllBytesAsync(await images.PhotoAsync("cut-off.jpg", 1000, 750)), "cut-off.jpg");
        var lost = await MediaUploads.ReadyAsync(before, await File.ReadAllBytesAsync(await images.PhotoAsync("lost.jpg", 800, 600)), "lost.jpg");
        var store = MediaUploads.Store(before);
        // As the crash left them: rows Processing, the one's renditions not made, the other's original gone too.
        await before.WithDbAsync(db => db.MediaItems.Where(m => m.Id == cutOff.Id || m.Id == lost.Id).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, MediaState.Processing)
            .SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null)));

        Directory.Delete(store.RenditionDirectory(cutOff.Id), recursive: true);
        Directory.Delete(store.RenditionDirectory(lost.Id), recursive: true);
        File.Delete(store.OriginalPath(lost.Id, lost.Format));
        using var client = before.CreateClient();
        using var notServed = await client.GetAsync(new Uri($"/media/{cutOff.Id}/640.webp", UriKind.Relative));

        // The site stops its background work (giving the job's lease back), and starts again on the same data directory.
        await before.Services.GetRequiredService<MediaResumption>().StopAsync(CancellationToken.None);
        using var next = before.WithWebHostBuilder(b => b.UseSetting("Ocop:DataDirectory", before.DataDirectory));
        await next.Services.GetRequiredService<MediaResumption>().FirstRun.WaitAsync(TimeSpan.FromMinutes(2));
        var items = await next.WithDbAsync(db => db.MediaItems.AsNoTracking()
            .Where(m => m.Id == cutOff.Id || m.Id == lost.Id).ToDictionaryAsync(m => m.Id));
        using var nextClient = next.CreateClient();
        using var served = await nextClient.GetAsync(new Uri($"/media/{cutOff.Id}/640.webp", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(notServed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a photo still processing is not served");
            Assert.That(items[cutOff.Id].State, Is.EqualTo(MediaState.Ready));
            Assert.That(items[cutOff.Id].ProcessedAt, Is.Not.Null);
            Assert.That(File.Exists(store.RenditionPath(cutOff.Id, MediaRendition.Parse("960.webp")!)), Is.True, "renditions made at start");
            Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(items[lost.Id].State, Is.EqualTo(MediaState.Failed));
            Assert.That(items[lost.Id].ProcessingError, Does.Contain("original file is missing"));
        });
    }

    [Test]
    public async Task A_photo_uploaded_after_the_start_is_left_to_its_own_upload()
    {
        using var images = new VipsImages();
        using var factory = new OcopWebFactory();
        var photo = await MediaUploads.ReadyAsync(factory, await File.ReadAllBytesAsync(await images.PhotoAsync("mine.jpg", 640, 480)), "mine.jpg");
        await factory.Services.GetRequiredService<MediaResumption>().FirstRun;
        await factory.WithDbAsync(db => db.MediaItems.Where(m => m.Id == photo.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.State, MediaState.Processing)));
        await using var scope = factory.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();

        var finishedBeforeUpload = await library.ResumeProcessingAsync(photo.UploadedAt, CancellationToken.None);
        var finishedAfterUpload = await library.ResumeProcessingAsync(photo.UploadedAt.AddSeconds(1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(finishedBeforeUpload, Is.Zero, "uploaded at the cut-off, not before it: possibly still in progress");
            Assert.That(finishedAfterUpload, Is.EqualTo(1));
        });
    }
}
