using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;

namespace OcopCatalogue.Web.OpenData;

/// <summary>
/// Writes a list as CSV, JSON or XLSX onto a stream as it goes: CSV and JSON row by row straight to the response
/// (flushed every few hundred rows), XLSX through a temporary file (a workbook is a zip whose writer needs a
/// seekable stream), so no file is ever held whole in memory.
/// </summary>
public static class OpenDataWriter
{
    private const int RowsPerFlush = 500;

    public static Task WriteAsync(OpenDataTable table, OpenDataFormat format, Stream output, OpenDataLicence licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(licence);
        return format switch
        {
            OpenDataFormat.Csv => WriteCsvAsync(table, output, cancellationToken),
            OpenDataFormat.Json => WriteJsonAsync(table, output, licence, cancellationToken),
            _ => WriteXlsxAsync(table.Columns, table.Rows, output, printHeader: true, cancellationToken),
        };
    }

    /// <summary>
    /// Rows as a workbook of one sheet: headed by <paramref name="columns"/> when <paramref name="printHeader"/>, else
    /// with the rows as given (a title row first, as the officers' list has).
    /// </summary>
    public static async Task WriteXlsxAsync(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, Stream output, bool printHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var sheet = rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                cells[columns[i]] = i < row.Length ? row[i] : null;
            }

            return (IDictionary<string, object?>)cells;
        });
        await MiniExcel.SaveAsAsync(file, sheet, printHeader: printHeader, sheetName: "data", excelType: ExcelType.XLSX, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        file.Position = 0;
        await file.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteCsvAsync(OpenDataTable table, Stream output, CancellationToken cancellationToken)
    {
        var options = CsvWriterOptions.Default with
        {
            // The byte order mark tells Excel the file is UTF-8; without it Vietnamese letters come out garbled.
            WriteByteOrderMark = true,
            // A name starting with = or + would run as a formula in a spreadsheet: such text gets a leading apostrophe.
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync([.. table.Columns], cancellationToken).ConfigureAwait(false);
        foreach (var row in table.Rows)
        {
            await csv.WriteRecordAsync(Array.ConvertAll(row, Invariant), cancellationToken).ConfigureAwait(false);
        }

        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(OpenDataTable table, Stream output, OpenDataLicence licence, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("licence");
        json.WriteString("name", licence.Name);
        json.WriteString("url", licence.Url);
        json.WriteEndObject();
        json.WriteStartArray("items");
        var count = 0;
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i]);
                WriteValue(json, i < row.Length ? row[i] : null);
            }

            json.WriteEndObject();
            if (++count % RowsPerFlush == 0)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string? Invariant(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
