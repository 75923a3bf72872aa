using System.Globalization;

namespace OcopCatalogue.Tests.Support;

/// <summary>Runs pages through the W3C Nu HTML checker (vnu-jar, installed by scripts/test.sh).</summary>
public static class ValidHtml
{
    /// <summary>The checker's errors for pages fetched with the client, and for HTML already in hand (by name).</summary>
    public static async Task<IReadOnlyList<NuMessage>> ErrorsAsync(HttpClient client, IEnumerable<string> paths, IReadOnlyDictionary<string, string>? fetched = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(paths);
        var folder = Directory.CreateTempSubdirectory("ocop-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            var pages = new List<(string Name, string Html)>();
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                response.EnsureSuccessStatusCode();
                pages.Add((path, await response.Content.ReadAsStringAsync()));
            }

            pages.AddRange((fetched ?? new Dictionary<string, string>()).Select(f => (f.Key, f.Value)));
            foreach (var ((name, html), index) in pages.Select((p, i) => (p, i)))
            {
                var file = Path.Combine(folder, index.ToString("D3", CultureInfo.InvariantCulture) + ".html");
                await File.WriteAllTextAsync(file, html);
                pageOfFile[file] = name;
            }

            return await NuHtmlChecker.ErrorsAsync(pageOfFile);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
