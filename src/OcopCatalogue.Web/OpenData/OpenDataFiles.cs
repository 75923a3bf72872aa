using Microsoft.Net.Http.Headers;

namespace OcopCatalogue.Web.OpenData;

/// <summary>
/// The open data's addresses and field dictionary. File names and column keys are part of what people build on
/// (scripts, dashboards), so they are fixed here, in ASCII, and never follow the site's language.
/// </summary>
public static class OpenDataFiles
{
    public const string Path = "/du-lieu-mo";

    public static IReadOnlyDictionary<OpenDataset, string> Names { get; } = new Dictionary<OpenDataset, string>
    {
        [OpenDataset.Products] = "san-pham",
        [OpenDataset.Certificates] = "chung-nhan",
        [OpenDataset.Producers] = "chu-the",
        [OpenDataset.SalesPoints] = "diem-ban",
    };

    public static IReadOnlyDictionary<OpenDataFormat, string> Extensions { get; } = new Dictionary<OpenDataFormat, string>
    {
        [OpenDataFormat.Csv] = "csv",
        [OpenDataFormat.Json] = "json",
        [OpenDataFormat.Xlsx] = "xlsx",
    };

    public static IReadOnlyDictionary<OpenDataFormat, string> ContentTypes { get; } = new Dictionary<OpenDataFormat, string>
    {
        [OpenDataFormat.Csv] = "text/csv; charset=utf-8",
        [OpenDataFormat.Json] = "application/json; charset=utf-8",
        [OpenDataFormat.Xlsx] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The columns of each list, in file order. Every key has a description in the site's text (<c>OpenData.Field.{key}</c>).</summary>
    public static IReadOnlyDictionary<OpenDataset, IReadOnlyList<string>> Columns { get; } = new Dictionary<OpenDataset, IReadOnlyList<string>>
    {
        [OpenDataset.Products] =
        [
            "slug", "url", "name", "name_en", "group", "producer_slug", "producer_name", "locality",
            "stars", "score", "status", "decision_number", "decision_date", "valid_through", "issuing_level", "updated_at",
        ],
        [OpenDataset.Certificates] =
        [
            "product_slug", "sequence", "kind", "stars", "score", "issuing_level", "decision_number", "decision_date", "valid_through",
            "proposed", "revoked", "revoked_on", "published_as_expired", "status", "source",
        ],
        [OpenDataset.Producers] =
        [
            "slug", "url", "name", "name_en", "kind", "street", "commune_or_ward", "district", "province", "current_commune_or_ward",
            "current_province", "latitude", "longitude", "phone", "website", "updated_at",
        ],
        [OpenDataset.SalesPoints] =
        [
            "slug", "url", "name", "name_en", "kind", "operator", "street", "commune_or_ward", "district", "province", "current_commune_or_ward",
            "current_province", "latitude", "longitude", "phone", "opening_hours", "last_verified", "product_slugs", "updated_at",
        ],
    };

    /// <summary>The address of one file, such as <c>/du-lieu-mo/san-pham.csv</c> (the same in both languages).</summary>
    public static string Url(OpenDataset dataset, OpenDataFormat format) => $"{Path}/{FileName(dataset, format)}";

    public static string FileName(OpenDataset dataset, OpenDataFormat format) => $"{Names[dataset]}.{Extensions[format]}";

    /// <summary>The list and format a file name asks for, or false for anything else.</summary>
    public static bool TryParse(string? file, out OpenDataset dataset, out OpenDataFormat format)
    {
        dataset = default;
        format = default;
        var dot = file?.LastIndexOf('.') ?? -1;
        if (file is null || dot <= 0)
        {
            return false;
        }

        var name = file[..dot];
        var extension = file[(dot + 1)..];
        var foundSet = Names.FirstOrDefault(n => n.Value == name);
        var foundFormat = Extensions.FirstOrDefault(e => e.Value == extension);
        if (foundSet.Value is null || foundFormat.Value is null)
        {
            return false;
        }

        dataset = foundSet.Key;
        format = foundFormat.Key;
        return true;
    }

    /// <summary>A download's Content-Disposition: an attachment with the file's own name.</summary>
    public static string Disposition(OpenDataset dataset, OpenDataFormat format) =>
        new ContentDispositionHeaderValue("attachment") { FileName = FileName(dataset, format) }.ToString();
}
