using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>What staff read about a refused or failed upload, with the limits in force.</summary>
public static class MediaMessages
{
    public static string For(MediaProblem problem, IStringLocalizer<BackOfficeText> text, MediaOptions limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var key = "Media.Problem." + problem;
        return problem switch
        {
            MediaProblem.TooLarge => text[key, Megabytes(limits.MaxBytes)],
            MediaProblem.TooManyPixels => text[key, Megapixels(limits.MaxPixels)],
            MediaProblem.AltTooLong => text[key, MediaLibrary.MaxAltLength],
            _ => text[key],
        };
    }

    public static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);

    public static string Megapixels(long pixels) => (pixels / 1_000_000d).ToString("0.#", CultureInfo.CurrentCulture);
}
