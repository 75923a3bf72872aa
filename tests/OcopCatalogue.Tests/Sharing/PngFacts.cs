using System.Buffers.Binary;
using System.Diagnostics;

namespace OcopCatalogue.Tests.Sharing;

/// <summary>What a test can read of a PNG: its IHDR size from the bytes, and its pixels through libvips.</summary>
public static class PngFacts
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size its IHDR chunk gives, or null when the bytes are not a PNG.</summary>
    public static (int Width, int Height)? Size(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>
    /// How many different colours the region holds (decoded by <c>vips</c>, flattened to RGB): a plain panel has one,
    /// text adds its anti-aliased edges, a photo hundreds.
    /// </summary>
    public static async Task<int> ColoursAsync(byte[] png, int left, int top, int width, int height)
    {
        var directory = Directory.CreateTempSubdirectory("ocop-png-").FullName;
        try
        {
            var input = Path.Combine(directory, "in.png");
            var raw = Path.Combine(directory, "out.raw");
            await File.WriteAllBytesAsync(input, png);
            await RunAsync("extract_area", input, Path.Combine(directory, "area.png"), $"{left}", $"{top}", $"{width}", $"{height}");
            await RunAsync("flatten", Path.Combine(directory, "area.png"), Path.Combine(directory, "flat.png"));
            await RunAsync("rawsave", Path.Combine(directory, "flat.png"), raw);
            var bytes = await File.ReadAllBytesAsync(raw);
            var colours = new HashSet<int>();
            for (var i = 0; i + 2 < bytes.Length; i += 3)
            {
                colours.Add((bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]);
            }

            return colours.Count;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("vips") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"vips {string.Join(' ', arguments)} failed: {await errors}");
        }
    }
}
