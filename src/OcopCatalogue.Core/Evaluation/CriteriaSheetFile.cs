using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// Reads and writes a criteria sheet as the uSync files are written (uSync/README.md): camelCase JSON, enums by name,
/// every property written, two-space indent, \n line ends and a final newline, UTF-8 with Vietnamese as letters.
/// Reading is as strict as the other uSync files (an unknown or duplicate property is an error). The bytes come from
/// the caller: this type does no I/O, so the importer that a later feature adds, and the tests, share it.
/// </summary>
public static class CriteriaSheetFile
{
    /// <summary>The folder under uSync/ that holds the sheets.</summary>
    public const string Folder = "criteria-sheets";

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Parses the file and checks it with <see cref="CriteriaSheetRules"/>.</summary>
    public static CriteriaSheetReading Read(ReadOnlySpan<byte> utf8)
    {
        CriteriaSheet? sheet;
        try
        {
            sheet = JsonSerializer.Deserialize<CriteriaSheet>(utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8, Options);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (l + 1).ToString(CultureInfo.InvariantCulture) : "";
            // The framework's own text names CLR types after " Path:"; the line and the first sentence say enough.
            var message = ex.Message.Split(" Path: ")[0].Split(" LineNumber: ")[0].Trim();
            return new(null, [new FieldProblem(ex.Path ?? "", CriteriaSheetRules.InvalidJson, line, message)]);
        }

        if (sheet is null)
        {
            return new(null, [new FieldProblem("", CriteriaSheetRules.InvalidJson, "1", "The file holds null instead of a sheet.")]);
        }

        return new(sheet, CriteriaSheetRules.Check(sheet));
    }

    /// <summary>The sheet in the canonical file layout.</summary>
    public static byte[] Write(CriteriaSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var json = JsonSerializer.SerializeToUtf8Bytes(sheet, Options);
        return [.. json, (byte)'\n'];
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            // Files are data for editors, never embedded in a page: Vietnamese stays as letters.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
