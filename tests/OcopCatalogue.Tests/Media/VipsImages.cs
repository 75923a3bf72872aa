using System.Diagnostics;

namespace OcopCatalogue.Tests.Media;

/// <summary>
/// Real image files made at test time by the <c>vips</c> command (Debian's libvips-tools, installed by
/// scripts/test.sh), so no binary test images live in git. Files go to a temporary folder deleted on dispose.
/// </summary>
public sealed class VipsImages : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("ocop-images-").FullName;

    /// <summary>
    /// A noisy colour photo-like image (noise keeps the encoders honest) in the format of the name's extension,
    /// with libvips save options such as "[lossless]" or "[Q=95]".
    /// </summary>
    public async Task<string> PhotoAsync(string name, int width, int height, string saveOptions = "")
    {
        var noise = Path.Combine(Directory, name + ".noise.v");
        var colour = Path.Combine(Directory, name + ".colour.v");
        var target = Path.Combine(Directory, name);
        await RunAsync("gaussnoise", noise, $"{width}", $"{height}", "--sigma", "40", "--mean", "128");
        await RunAsync("bandjoin", $"{noise} {noise} {noise}", colour);
        await RunAsync("cast", colour, target + saveOptions, "uchar");
        File.Delete(noise);
        File.Delete(colour);
        return target;
    }

    /// <summary>A transparent image with 4 bands (RGBA), for the JPEG renditions' white background.</summary>
    public async Task<string> TransparentPngAsync(string name, int width, int height)
    {
        var target = Path.Combine(Directory, name);
        await RunAsync("black", target, $"{width}", $"{height}", "--bands", "4");
        return target;
    }

    /// <summary>What <c>vipsheader -a</c> says about a file: every metadata field libvips reads, EXIF and GPS included.</summary>
    public static async Task<string> HeaderAsync(string file) => await RunToolAsync("vipsheader", "-a", file);

    /// <summary>One pixel's band values, as <c>vips getpoint</c> prints them.</summary>
    public static async Task<string> PixelAsync(string file, int x, int y) => (await RunToolAsync("vips", "getpoint", file, $"{x}", $"{y}")).Trim();

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static Task<string> RunAsync(params string[] arguments) => RunToolAsync("vips", arguments);

    private static async Task<string> RunToolAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install Debian's libvips-tools (bash scripts/test.sh does).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed: {await errors}");
            }

            return await output;
        }
    }
}
