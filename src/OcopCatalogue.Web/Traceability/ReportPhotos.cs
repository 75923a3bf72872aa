using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// A fake report's photo goes through the media library's path before it is kept: its structure read from the
/// bytes (<see cref="MediaInspector"/>), then decoded and re-encoded by libvips in a capped subprocess
/// (<see cref="IMediaProcessor"/>) as a JPEG without any metadata. What is kept is new pixels only, never the
/// sent file: a file that merely starts like a JPEG and carries HTML or script does not decode and is refused,
/// and a phone's EXIF (with the reporter's GPS position) does not survive.
/// </summary>
public sealed class ReportPhotos(IMediaProcessor processor, MediaStore store, IOptions<MediaOptions> options)
{
    /// <summary>Widest kept photo: enough to read a label or a stamp, a fraction of a phone original's bytes.</summary>
    public const int MaxWidth = 2048;

    /// <summary>The photo as a clean JPEG, or null when it is not a JPEG, PNG or WebP image that decodes.</summary>
    public async Task<byte[]?> CleanAsync(IFormFile photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var work = store.NewWorkDirectory();
        try
        {
            var original = Path.Combine(work, "sent");
            MediaInspection inspection;
            await using (var target = new FileStream(original, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                await using var source = photo.OpenReadStream();
                await source.CopyToAsync(target, cancellationToken);
                target.Position = 0;
                inspection = MediaInspector.Inspect(target, options.Value);
            }

            if (!inspection.IsAccepted)
            {
                return null;
            }

            // The extension tells libvips which loader to use: the one the bytes were found to be, nothing the client said.
            var typed = original + MediaFormats.Extension(inspection.Format!.Value);
            File.Move(original, typed);
            var rendition = new MediaRendition(Math.Min(inspection.Width, MaxWidth), MediaFormat.Jpeg);
            var output = Path.Combine(work, "clean");
            var processing = await processor.RenderAsync(typed, [rendition], output, cancellationToken);
            return processing.Succeeded ? await File.ReadAllBytesAsync(Path.Combine(output, rendition.FileName), cancellationToken) : null;
        }
        finally
        {
            MediaStore.DeleteQuietly(work);
        }
    }
}
