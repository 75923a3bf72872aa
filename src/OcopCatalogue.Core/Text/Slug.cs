using System.Text;

namespace OcopCatalogue.Core.Text;

/// <summary>URL slugs from Vietnamese names: "Trà Xạ đen" becomes "tra-xa-den".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string? name)
    {
        var folded = VietnameseText.Fold(name);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var ch in folded)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(ch);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>True for a string that <see cref="From"/> could have produced: the only shape a slug route accepts.</summary>
    public static bool IsWellFormed(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && slug == From(slug);
}
