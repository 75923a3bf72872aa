using System.Globalization;

namespace OcopCatalogue.Web.Media;

/// <summary>This process's resident memory now and at its peak (VmRSS, VmHWM from /proc), for the media bench.</summary>
public sealed record ProcessMemory(long ResidentKilobytes, long PeakResidentKilobytes)
{
    public static ProcessMemory Current()
    {
        long rss = 0, peak = 0;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: fall back to what .NET knows.
            rss = Environment.WorkingSet / 1024;
        }

        return new ProcessMemory(rss, peak);
    }

    private static long Kilobytes(string line) =>
        long.TryParse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
}
