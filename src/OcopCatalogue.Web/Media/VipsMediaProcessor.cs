using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Renders with the libvips command line (Debian's libvips-tools). One run decodes the original once into a
/// master at the largest width, autorotated and colour-managed to sRGB; each rendition is then made from that
/// master and saved with <c>strip</c>, so no metadata (EXIF, GPS, XMP, comments) is written. The decode fails on
/// any decoder warning: libjpeg only warns about a JPEG cut short and patched with an end marker, and would
/// otherwise publish it with a grey band; a damaged photo is better refused, so staff export it again.
/// Every run is an <see cref="IsolatedProcess"/>; at most <see cref="MediaOptions.MaxConcurrentRuns"/> at a time.
/// </summary>
public sealed partial class VipsMediaProcessor : IMediaProcessor, IDisposable
{
    // vips takes a size as a bounding box; a huge height makes the width alone decide, as srcset's "w" needs.
    private const string AnyHeight = "10000000";

    // Uncompressed TIFF: quick to write and read, and read by a loader VIPS_BLOCK_UNTRUSTED leaves on (vips' own .v
    // format is blocked by it). Saved with strip, so no metadata of the original travels any further.
    private const string Master = "master.tif";
    private readonly MediaOptions _options;
    private readonly MediaStore _store;
    private readonly ILogger<VipsMediaProcessor> _logger;
    private readonly SemaphoreSlim _gate;
    private readonly Lazy<string?> _vips;
    private readonly Lazy<string?> _prlimit = new(() => IsolatedProcess.Locate("prlimit"));

    public VipsMediaProcessor(IOptions<MediaOptions> options, MediaStore store, ILogger<VipsMediaProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _store = store;
        _logger = logger;
        _gate = new SemaphoreSlim(_options.MaxConcurrentRuns);
        _vips = new(() => IsolatedProcess.Locate(_options.Vips));
    }

    public async Task<MediaProcessing> RenderAsync(string originalPath, IReadOnlyList<MediaRendition> renditions, string targetDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(originalPath);
        ArgumentNullException.ThrowIfNull(renditions);
        ArgumentException.ThrowIfNullOrEmpty(targetDirectory);
        var stopwatch = Stopwatch.StartNew();
        if (_vips.Value is not { } vips)
        {
            LogVipsMissing(_options.Vips);
            return MediaProcessing.Failed($"the libvips program '{_options.Vips}' is not installed (Debian package libvips-tools)", stopwatch.Elapsed);
        }

        if (renditions.Count == 0)
        {
            return new MediaProcessing(true, null, stopwatch.Elapsed, null, 0);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var work = _store.NewWorkDirectory();
        long? peak = null;
        var runs = 0;
        try
        {
            // The original is reached through a link with a fixed name: vips reads "[...]" in a file name as
            // options, and the data directory's path is not ours to vouch for.
            var input = "original" + Path.GetExtension(originalPath);
            File.CreateSymbolicLink(Path.Combine(work, input), originalPath);

            var largest = renditions.Max(r => r.Width).ToString(CultureInfo.InvariantCulture);
            var steps = new List<(string[] Arguments, MediaRendition? Output)>
            {
                (["thumbnail", input, Master + "[compression=none,strip]", largest, "--height", AnyHeight, "--size", "down", "--fail-on", "warning"], null),
            };
            steps.AddRange(renditions
                .OrderByDescending(r => r.Width)
                .Select(r => (new[] { "thumbnail", Master, r.FileName + SaveOptions(r.Format), r.Width.ToString(CultureInfo.InvariantCulture), "--height", AnyHeight, "--size", "down" }, (MediaRendition?)r)));

            foreach (var (arguments, output) in steps)
            {
                var run = await IsolatedProcess.RunAsync(Command(vips, arguments, work), cancellationToken).ConfigureAwait(false);
                runs++;
                peak = Math.Max(peak ?? 0, run.PeakResidentKilobytes ?? 0);
                if (!run.Succeeded)
                {
                    var reason = run.TimedOut
                        ? $"libvips took longer than {_options.TimeoutSeconds} s and was stopped"
                        : $"libvips could not read or convert the image: {FirstLine(run.Errors)}";
                    LogRunFailed(output?.FileName ?? "master", reason);
                    return MediaProcessing.Failed(reason, stopwatch.Elapsed, peak, runs);
                }

                if (output is not null && !File.Exists(Path.Combine(work, output.FileName)))
                {
                    return MediaProcessing.Failed($"libvips wrote no {output.FileName}", stopwatch.Elapsed, peak, runs);
                }

                if (output is { Format: MediaFormat.WebP })
                {
                    var written = Path.Combine(work, output.FileName);
                    await File.WriteAllBytesAsync(written, WebPMetadata.Strip(await File.ReadAllBytesAsync(written, cancellationToken).ConfigureAwait(false)), cancellationToken)
                        .ConfigureAwait(false);
                }
            }

            // Moved only when every size was made, so a failure leaves the cache as it was.
            Directory.CreateDirectory(targetDirectory);
            foreach (var rendition in renditions)
            {
                File.Move(Path.Combine(work, rendition.FileName), Path.Combine(targetDirectory, rendition.FileName), overwrite: true);
            }

            return new MediaProcessing(true, null, stopwatch.Elapsed, peak, runs);
        }
        finally
        {
            MediaStore.DeleteQuietly(work);
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string SaveOptions(MediaFormat format) => format switch
    {
        // background=255 lays a transparent PNG on white, since JPEG has no transparency.
        MediaFormat.Jpeg => $"[Q={_options.JpegQuality.ToString(CultureInfo.InvariantCulture)},strip,optimize_coding,interlace,background=255]",
        MediaFormat.WebP => $"[Q={_options.WebPQuality.ToString(CultureInfo.InvariantCulture)},strip]",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "renditions are WebP or JPEG"),
    };

    private IsolatedCommand Command(string vips, string[] arguments, string work) =>
        new(vips, arguments, work, TimeSpan.FromSeconds(_options.TimeoutSeconds), _options.MemoryLimitMegabytes * 1024L * 1024L, _prlimit.Value)
        {
            Environment = new Dictionary<string, string>
            {
                // Only libvips' own loaders: none of the optional ones (ImageMagick, Matlab, ...) that parse riskier formats.
                ["VIPS_BLOCK_UNTRUSTED"] = "1",
                // Fewer malloc arenas keep the address space small, so the prlimit cap bites on images, not on threads.
                ["MALLOC_ARENA_MAX"] = "2",
            },
        };

    private static string FirstLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var line = lines.FirstOrDefault(l => !l.StartsWith('(')) ?? lines.FirstOrDefault() ?? "no message";
        return line.Length <= 200 ? line : line[..200];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Media processing is impossible: the libvips program {Program} was not found (install Debian's libvips-tools)")]
    private partial void LogVipsMissing(string program);

    [LoggerMessage(Level = LogLevel.Warning, Message = "libvips failed making {Output}: {Reason}")]
    private partial void LogRunFailed(string output, string reason);
}
