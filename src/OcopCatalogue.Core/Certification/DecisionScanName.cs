using System.Text.RegularExpressions;

namespace OcopCatalogue.Core.Certification;

/// <summary>
/// The file name of a decision scan: 32 hex digits the server makes and the format's extension. A certificate read
/// from a file (uSync) or a form may only name a scan in this shape, so no path, ".." or other extension ever
/// reaches the file system.
/// </summary>
public static partial class DecisionScanName
{
    public static bool IsWellFormed(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{32}\\.(pdf|jpg|png)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
