using System.Diagnostics;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>Photos made at test time with libvips (Debian's libvips-tools, which the site itself needs): no binary files in the repository.</summary>
public static class TestPhotos
{
    /// <summary>A noisy JPEG of the given size (noise, so the encoder has real work and the file a realistic size).</summary>
    public static async Task<byte[]> JpegAsync(int width, int height)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ocop-photo-{Guid.NewGuid():N}.jpg");
        try
        {
            var start = new ProcessStartInfo("vips") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "gaussnoise", file + "[Q=85]", width.ToString(System.Globalization.CultureInfo.InvariantCulture), height.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            using var vips = Process.Start(start) ?? throw new InvalidOperationException("vips did not start.");
            var error = await vips.StandardError.ReadToEndAsync();
            await vips.WaitForExitAsync();
            if (vips.ExitCode != 0)
            {
                throw new InvalidOperationException($"vips gaussnoise failed ({vips.ExitCode}): {error}");
            }

            return await File.ReadAllBytesAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
