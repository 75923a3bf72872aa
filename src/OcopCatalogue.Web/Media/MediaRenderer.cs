using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Keeps each photo's renditions on disk: made after upload, and made again from the original when a cached file is
/// missing (a new node, a cleared cache, a new width in the options). Requests for the same photo at the same time
/// share one processor run.
/// </summary>
public sealed class MediaRenderer(IMediaProcessor processor, MediaStore store, IOptions<MediaOptions> options)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<MediaProcessing>>> _running = new();

    public IReadOnlyList<int> WidthsFor(int photoWidth) => MediaRendition.WidthsFor(photoWidth, options.Value.WidthList);

    public IReadOnlyList<MediaRendition> RenditionsFor(int photoWidth) => MediaRendition.AllFor(photoWidth, options.Value.WidthList);

    /// <summary>Is this a size the photo is served in?</summary>
    public bool Serves(int photoWidth, MediaRendition rendition) =>
        rendition is not null && WidthsFor(photoWidth).Contains(rendition.Width);

    /// <summary>Makes every rendition of the photo from its original.</summary>
    public Task<MediaProcessing> RenderAllAsync(Guid id, MediaFormat format, int photoWidth, CancellationToken cancellationToken)
    {
        var run = _running.GetOrAdd(id, key => new Lazy<Task<MediaProcessing>>(() => RunAsync(key, format, photoWidth, cancellationToken)));
        return run.Value;
    }

    /// <summary>The cached file of a rendition, made first when missing; null when it cannot be made.</summary>
    public async Task<string?> EnsureAsync(Guid id, MediaFormat format, int photoWidth, MediaRendition rendition, CancellationToken cancellationToken)
    {
        var path = store.RenditionPath(id, rendition);
        if (File.Exists(path))
        {
            return path;
        }

        var result = await RenderAllAsync(id, format, photoWidth, cancellationToken).ConfigureAwait(false);
        return result.Succeeded && File.Exists(path) ? path : null;
    }

    private async Task<MediaProcessing> RunAsync(Guid id, MediaFormat format, int photoWidth, CancellationToken cancellationToken)
    {
        try
        {
            var original = store.OriginalPath(id, format);
            if (!File.Exists(original))
            {
                return MediaProcessing.Failed("the original file is missing from the data directory", TimeSpan.Zero);
            }

            return await processor.RenderAsync(original, RenditionsFor(photoWidth), store.RenditionDirectory(id), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }
}
