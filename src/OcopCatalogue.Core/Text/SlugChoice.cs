using System.Globalization;

namespace OcopCatalogue.Core.Text;

/// <summary>A free slug for a new item whose name-made slug is taken: "cho-dem" becomes "cho-dem-2", then "-3".</summary>
public static class SlugChoice
{
    public static string FirstFree(string wanted, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(wanted))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            // Room for the suffix within a slug's length, cut where a hyphen would be left dangling.
            var stem = wanted.Length + suffix.Length <= Slug.MaxLength ? wanted : wanted[..(Slug.MaxLength - suffix.Length)].TrimEnd('-');
            if (!used.Contains(stem + suffix))
            {
                return stem + suffix;
            }
        }
    }
}
