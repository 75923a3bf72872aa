using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// The canonical JSON of uSync files: camelCase names in the records' declared order, enums by name, dates as
/// yyyy-MM-dd, two-space indent, \n line ends and a final newline, UTF-8 with Vietnamese written as characters.
/// Reading is strict (unknown or duplicate properties, nulls where a value is required and numbers for enums are
/// errors), so an editor's typo is reported instead of silently dropped.
/// </summary>
public static class USyncJson
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static byte[] Serialize<T>(T file)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(file, Options);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <exception cref="JsonException">The bytes are not valid JSON of the file type.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8)
        where T : class =>
        JsonSerializer.Deserialize<T>(WithoutBom(utf8), Options)
        ?? throw new JsonException("The file holds null instead of an object.", "$", 0, 0);

    /// <summary>A problem report for a JSON error: 1-based line, column counted in characters, and a readable message.</summary>
    public static ImportProblem Describe(JsonException exception, string path, ReadOnlySpan<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(exception);
        int? line = exception.LineNumber is { } l ? (int)l + 1 : null;
        int? column = exception.LineNumber is { } ln && exception.BytePositionInLine is { } bytePos
            ? ColumnInCharacters(WithoutBom(utf8), (int)ln, (int)bytePos)
            : null;

        var message = exception.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            // The framework names CLR types here (System.Nullable`1[...]); an editor needs the property instead.
            message = "the value has the wrong type, or is not one of the allowed names.";
        }

        var at = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "" : $" (at {exception.Path})";
        return new ImportProblem(path, line, column, $"invalid JSON{at}: {message.TrimEnd()}");
    }

    /// <summary>The 1-based line of a property, by dotted path from the root (for example "address.province"); null when absent.</summary>
    public static int? LineOf(ReadOnlySpan<byte> utf8, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        var json = WithoutBom(utf8);
        var names = new List<string>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    // Array elements have no property name of their own; mark their level so paths stay aligned.
                    SetName(names, reader.CurrentDepth + 1, "[]");
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                SetName(names, reader.CurrentDepth, reader.GetString() ?? "");
                if (string.Join('.', names.Take(reader.CurrentDepth)) == propertyPath)
                {
                    return LineAt(json, (int)reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            // Only ever asked about files that already parsed; a line is a courtesy, never worth a failure.
        }

        return null;
    }

    private static void SetName(List<string> names, int depth, string name)
    {
        // Depth 1 is a property of the root object, stored at index 0.
        while (names.Count < depth)
        {
            names.Add("");
        }

        names[depth - 1] = name;
        names.RemoveRange(depth, names.Count - depth);
    }

    private static int LineAt(ReadOnlySpan<byte> json, int index) => json[..Math.Min(index, json.Length)].Count((byte)'\n') + 1;

    private static int ColumnInCharacters(ReadOnlySpan<byte> json, int zeroBasedLine, int bytePosition)
    {
        var lineStart = 0;
        for (var i = 0; i < zeroBasedLine; i++)
        {
            var next = json[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return bytePosition + 1;
            }

            lineStart += next + 1;
        }

        var length = Math.Min(bytePosition, json.Length - lineStart);
        return Encoding.UTF8.GetCharCount(json.Slice(lineStart, length)) + 1;
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) => utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            // Files are data for editors, never embedded in a page, so HTML-sensitive characters (< > & ')
            // in stories are written as they are, and Vietnamese letters are not escaped to \uXXXX.
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
