using System.Globalization;
using System.Text;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// The name a browser sent with an upload, made safe to show. It is only ever shown: files are stored under the
/// item's GUID, so "../../appsettings.json" or "C:\Windows\x.jpg" can name nothing on the server.
/// </summary>
public static class UploadedFileName
{
    public const int MaxLength = 200;

    public static string ForDisplay(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        // Browsers differ: some send a full Windows or Unix path, most only the last part. Keep the last part.
        var last = name.Replace('\\', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(last.Length);
        foreach (var ch in last.Normalize(NormalizationForm.FormC))
        {
            // Control characters and bidirectional overrides could disguise a name ("gpj.exe" shown as "exe.jpg").
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            builder.Append(ch);
        }

        var cleaned = builder.ToString().Trim().TrimStart('.');
        return cleaned.Length <= MaxLength ? cleaned : cleaned[..MaxLength];
    }
}
