using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace OcopCatalogue.Web.Media;

/// <summary>Limits and sizes of the media library, bound from <c>Ocop:Media</c> and checked at start.</summary>
public sealed class MediaOptions : IValidatableObject
{
    public const string Section = "Ocop:Media";

    /// <summary>
    /// Largest upload in bytes (default 25 MB: a phone or camera JPEG is well under it). At most 100 MB, below the
    /// form reader's own 128 MB limit for a multipart body.
    /// </summary>
    [Range(1, 100L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>
    /// Largest image in pixels, width × height (default 40 megapixels: a 24-MP camera photo passes, a 50-MP image
    /// is refused). Checked from the file's header before libvips sees it, so a small file claiming a huge image
    /// (a decompression bomb) never reaches the decoder.
    /// </summary>
    [Range(1, 1_000_000_000)]
    public long MaxPixels { get; set; } = 40_000_000;

    private string _widths = "";
    private int[]? _widthList;

    public MediaOptions() => Widths = "320,640,960,1280,1920";

    /// <summary>The widths made of each photo, comma-separated; never wider than the original.</summary>
    [Required]
    public string Widths
    {
        get => _widths;
        set
        {
            _widths = value;
            _widthList = ParseWidths(value);
        }
    }

    /// <summary>The libvips command-line program; a bare name is looked up on PATH.</summary>
    [Required]
    public string Vips { get; set; } = "vips";

    /// <summary>Longest time one libvips run may take before its process tree is killed.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Address-space cap of a libvips run in MB, through <c>prlimit --as</c> when installed; 0 for none.</summary>
    [Range(0, 1 << 20)]
    public int MemoryLimitMegabytes { get; set; } = 1024;

    /// <summary>libvips runs at the same time across the site (each one already uses every core).</summary>
    [Range(1, 64)]
    public int MaxConcurrentRuns { get; set; } = 1;

    [Range(1, 100)]
    public int JpegQuality { get; set; } = 82;

    [Range(1, 100)]
    public int WebPQuality { get; set; } = 80;

    /// <summary><see cref="Widths"/> parsed, smallest first.</summary>
    public IReadOnlyList<int> WidthList => _widthList ?? [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (_widthList is null)
        {
            yield return new ValidationResult(
                "Ocop:Media:Widths must list widths between 16 and 8000 pixels, separated by commas (for example 320,640,1280).",
                [nameof(Widths)]);
        }
    }

    private static int[]? ParseWidths(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var widths = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width is < 16 or > 8000)
            {
                return null;
            }

            widths.Add(width);
        }

        return widths.Count == 0 ? null : [.. widths.Distinct().Order()];
    }
}
