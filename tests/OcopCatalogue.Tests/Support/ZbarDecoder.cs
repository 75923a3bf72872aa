using System.Diagnostics;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// Reads QR codes with ZBar's <c>zbarimg</c> (Debian's zbar-tools, installed by scripts/test.sh): a decoder that
/// shares no code with QRCoder, which draws them, and reads the image file itself, PNG decoding included.
/// </summary>
public static class ZbarDecoder
{
    /// <summary>The text of the one QR code in the image, or null when ZBar finds none.</summary>
    public static async Task<string?> DecodeAsync(byte[] image, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ocop-qr-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(file, image);
        try
        {
            var start = new ProcessStartInfo("zbarimg")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", file })
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("zbarimg did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("zbarimg is missing: install Debian's zbar-tools (bash scripts/test.sh does).", e);
            }

            using (process)
            {
                var output = await process.StandardOutput.ReadToEndAsync();
                await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                // zbarimg exits 4 when the image holds no code it can read.
                return process.ExitCode == 0 ? output.TrimEnd('\n') : null;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
