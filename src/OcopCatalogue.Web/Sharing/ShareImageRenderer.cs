using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// Turns a <see cref="ShareCard"/> into a 1200×630 PNG with the libvips command line, each run an
/// <see cref="IsolatedProcess"/> with the media library's time and memory limits (docs/decisions/0011): the card's
/// SVG is drawn by librsvg and flattened; a photo is cropped to the left panel and laid in. The files are kept in
/// <c>share/</c> of the data directory (derived, per server), named by the item and the card's fingerprint.
/// </summary>
public sealed partial class ShareImageRenderer : IDisposable
{
    private readonly MediaOptions _options;
    private readonly MediaStore _media;
    private readonly ILogger<ShareImageRenderer> _logger;
    private readonly SemaphoreSlim _gate;
    private readonly Lazy<string?> _vips;
    private readonly Lazy<string?> _prlimit = new(() => IsolatedProcess.Locate("prlimit"));
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _running = new(StringComparer.Ordinal);

    public ShareImageRenderer(IOptions<MediaOptions> options, IOptions<ContentStoreOptions> store, IHostEnvironment environment, MediaStore media, ILogger<ShareImageRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        _options = options.Value;
        _media = media;
        _logger = logger;
        _gate = new SemaphoreSlim(_options.MaxConcurrentRuns);
        _vips = new(() => IsolatedProcess.Locate(_options.Vips));
        Directory = Path.Combine(store.Value.ResolveDataDirectory(environment), "share");
    }

    /// <summary>The folder of the rendered images.</summary>
    public string Directory { get; }

    /// <summary>The file of an item's card: <c>{kind}-{key}-{fingerprint}.png</c>.</summary>
    public string FileOf(ShareImageKind kind, string key, ShareCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Path.Combine(Directory, $"{Prefix(kind, key)}{card.Fingerprint}.png");
    }

    /// <summary>The card's PNG, drawn first when this server has not drawn these facts yet; null when libvips fails.</summary>
    public async Task<string?> EnsureAsync(ShareImageKind kind, string key, ShareCard card, CancellationToken cancellationToken)
    {
        var file = FileOf(kind, key, card);
        if (File.Exists(file))
        {
            return file;
        }

        // Many crawlers fetching one freshly shared link at once: one draws, the others wait for its file.
        var run = _running.GetOrAdd(file, f => new Lazy<Task<string?>>(() => DrawAsync(kind, key, card, f)));
        return await run.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes every card of an item, so the next request draws it from what was published.</summary>
    public void Forget(ShareImageKind kind, string key)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, Prefix(kind, key) + "*.png"))
        {
            TryDelete(file);
        }
    }

    /// <summary>Draws the card into a new file without looking at the cache: what bench/share-image.sh measures.</summary>
    public async Task<IsolatedRun?> DrawToAsync(ShareCard card, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (_vips.Value is not { } vips)
        {
            LogVipsMissing(_options.Vips);
            return null;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var work = _media.NewWorkDirectory();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(work, "card.svg"), ShareCardSvg.Draw(card), cancellationToken).ConfigureAwait(false);
            var steps = new List<(string[] Arguments, bool TrustedOnly)>();
            if (card.Photo is { } photo)
            {
                // The rendition is the library's own re-encoded JPEG, reached through a fixed name (vips reads "[...]" in a
                // file name as options).
                File.CreateSymbolicLink(Path.Combine(work, "photo.jpg"), photo);
                steps.Add((["flatten", "card.svg", "card.tif[compression=none]"], false));
                steps.Add((["thumbnail", "photo.jpg", "photo.tif[compression=none]", ShareCardSvg.PanelWidth.ToString(CultureInfo.InvariantCulture),
                    "--height", ShareCardSvg.Height.ToString(CultureInfo.InvariantCulture), "--crop", "centre", "--size", "both"], true));
                steps.Add((["insert", "card.tif", "photo.tif", "card.png[strip]", "0", "0"], true));
            }
            else
            {
                steps.Add((["flatten", "card.svg", "card.png[strip]"], false));
            }

            IsolatedRun? last = null;
            var elapsed = TimeSpan.Zero;
            long? peak = null;
            foreach (var (arguments, trustedOnly) in steps)
            {
                last = await IsolatedProcess.RunAsync(Command(vips, arguments, work, trustedOnly), cancellationToken).ConfigureAwait(false);
                elapsed += last.Elapsed;
                peak = Math.Max(peak ?? 0, last.PeakResidentKilobytes ?? 0);
                if (!last.Succeeded)
                {
                    LogRunFailed(arguments[0], last.TimedOut ? "timed out" : last.Errors.Split('\n')[0]);
                    return last;
                }
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(work, "card.png"), target, overwrite: true);
            return last! with { Elapsed = elapsed, PeakResidentKilobytes = peak };
        }
        finally
        {
            MediaStore.DeleteQuietly(work);
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string?> DrawAsync(ShareImageKind kind, string key, ShareCard card, string file)
    {
        IsolatedRun? run;
        try
        {
            // Not the request's token: a crawler giving up must not cost the next one the drawing.
            run = await DrawToAsync(card, file, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            // Done, drawn or not: the next request finds the file, or tries again.
            _running.TryRemove(file, out _);
        }

        if (run is not { Succeeded: true })
        {
            return null;
        }

        // The item's cards of older facts are of no more use.
        foreach (var old in System.IO.Directory.EnumerateFiles(Directory, Prefix(kind, key) + "*.png"))
        {
            if (!string.Equals(old, file, StringComparison.Ordinal))
            {
                TryDelete(old);
            }
        }

        return file;
    }

    private IsolatedCommand Command(string vips, string[] arguments, string work, bool trustedOnly)
    {
        var environment = new Dictionary<string, string> { ["MALLOC_ARENA_MAX"] = "2" };
        if (trustedOnly)
        {
            // The photo steps read only JPEG and TIFF; the SVG step must load SVG, which libvips counts as untrusted, but
            // that SVG is the one this class wrote, with every piece of text escaped.
            environment["VIPS_BLOCK_UNTRUSTED"] = "1";
        }

        return new IsolatedCommand(vips, arguments, work, TimeSpan.FromSeconds(_options.TimeoutSeconds), _options.MemoryLimitMegabytes * 1024L * 1024L, _prlimit.Value)
        {
            Environment = environment,
        };
    }

    private static string Prefix(ShareImageKind kind, string key) => $"{kind.ToString().ToLowerInvariant()}-{key}-";

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Being served right now; the next publish or drawing removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Share images cannot be drawn: the libvips program {Program} was not found (install Debian's libvips-tools)")]
    private partial void LogVipsMissing(string program);

    [LoggerMessage(Level = LogLevel.Warning, Message = "libvips failed drawing a share image ({Step}): {Reason}")]
    private partial void LogRunFailed(string step, string reason);
}
