using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

/// <summary>Uploads through the media library service, the path the back-office upload page and media-add share.</summary>
public static class MediaUploads
{
    public static async Task<MediaUploadResult> UploadAsync(
        OcopWebFactory factory, byte[] bytes, string fileName, string? alt = "Ảnh thử nghiệm", string? altEn = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var stream = new MemoryStream(bytes);
        return await factory.WithServiceAsync<MediaLibrary, MediaUploadResult>(
            library => library.UploadAsync(new MediaUpload(stream, fileName, alt, altEn, "tester"), CancellationToken.None));
    }

    /// <summary>Uploads and insists the photo came out Ready.</summary>
    public static async Task<MediaItem> ReadyAsync(OcopWebFactory factory, byte[] bytes, string fileName, string alt = "Ảnh thử nghiệm", string? altEn = null)
    {
        var result = await UploadAsync(factory, bytes, fileName, alt, altEn);
        Assert.That(result.IsReady, Is.True, $"{fileName}: {result.Problem} {result.Processing?.Error}");
        return result.Item!;
    }

    public static MediaStore Store(OcopWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Services.GetRequiredService<MediaStore>();
    }
}
