using System.Text;
using CsvHelper;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>
/// Reads a province's list of certified products saved as CSV from a spreadsheet: UTF-8 with or without BOM, comma or
/// semicolon between cells, header names in Vietnamese (or English) with any case or diacritics, extra columns (STT,
/// notes) ignored. Cells are kept as text here; what they mean is decided row by row when the import is planned.
/// </summary>
public static class ProvinceListReader
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    // Header names after folding (no marks, lower case, punctuation as spaces). Matched whole first, then as the
    // beginning of a longer header such as "Số quyết định công nhận" or "Điểm (thang 100)".
    private static readonly (string Name, ProvinceListColumn Column)[] Headers =
    [
        ("ten san pham", ProvinceListColumn.Product),
        ("san pham", ProvinceListColumn.Product),
        ("ten sp", ProvinceListColumn.Product),
        ("product", ProvinceListColumn.Product),
        ("chu the", ProvinceListColumn.Producer),
        ("ten chu the", ProvinceListColumn.Producer),
        ("chu the ocop", ProvinceListColumn.Producer),
        ("chu the san xuat", ProvinceListColumn.Producer),
        ("producer", ProvinceListColumn.Producer),
        ("dia chi", ProvinceListColumn.Address),
        ("address", ProvinceListColumn.Address),
        ("diem", ProvinceListColumn.Score),
        ("diem danh gia", ProvinceListColumn.Score),
        ("tong diem", ProvinceListColumn.Score),
        ("score", ProvinceListColumn.Score),
        ("hang sao", ProvinceListColumn.Stars),
        ("so sao", ProvinceListColumn.Stars),
        ("xep hang", ProvinceListColumn.Stars),
        ("ket qua xep hang", ProvinceListColumn.Stars),
        ("stars", ProvinceListColumn.Stars),
        ("so quyet dinh", ProvinceListColumn.DecisionNumber),
        ("so qd", ProvinceListColumn.DecisionNumber),
        ("decision number", ProvinceListColumn.DecisionNumber),
        ("ngay quyet dinh", ProvinceListColumn.DecisionDate),
        ("ngay qd", ProvinceListColumn.DecisionDate),
        ("ngay ban hanh", ProvinceListColumn.DecisionDate),
        ("ngay cong nhan", ProvinceListColumn.DecisionDate),
        ("decision date", ProvinceListColumn.DecisionDate),
        ("nhom", ProvinceListColumn.Group),
        ("nhom san pham", ProvinceListColumn.Group),
        ("phan nhom", ProvinceListColumn.Group),
        ("group", ProvinceListColumn.Group),
    ];

    public static ProvinceList Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return ProvinceList.Failed(ProvinceListFileProblem.TooLarge);
        }

        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Most often a list saved as "CSV" in a legacy code page (Windows-1258, TCVN3): better refused than misread.
            return ProvinceList.Failed(ProvinceListFileProblem.NotUtf8);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ProvinceList.Failed(ProvinceListFileProblem.Empty);
        }

        try
        {
            return Parse(text);
        }
        catch (CsvFormatException)
        {
            return ProvinceList.Failed(ProvinceListFileProblem.Unreadable);
        }
    }

    /// <summary>A header or name folded for matching: no marks, lower case, runs of anything else as one space.</summary>
    public static string FoldName(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(ch);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static ProvinceList Parse(string text)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = DelimiterOf(text),
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 64 * 1024,
        };
        using var csv = CsvReader.FromText(text, options);
        Dictionary<ProvinceListColumn, int>? columns = null;
        var rows = new List<ProvinceListRow>();
        while (csv.Read())
        {
            var cells = csv.Current.ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = ColumnsOf(cells);
                var problem = !columns.ContainsKey(ProvinceListColumn.Product) ? ProvinceListFileProblem.NoProductColumn
                    : !columns.ContainsKey(ProvinceListColumn.Producer) ? ProvinceListFileProblem.NoProducerColumn
                    : !columns.ContainsKey(ProvinceListColumn.Score) && !columns.ContainsKey(ProvinceListColumn.Stars)
                        ? ProvinceListFileProblem.NoScoreOrStarsColumn
                    : (ProvinceListFileProblem?)null;
                if (problem is { } missing)
                {
                    return ProvinceList.Failed(missing);
                }

                continue;
            }

            if (rows.Count == MaxRows)
            {
                return ProvinceList.Failed(ProvinceListFileProblem.TooManyRows);
            }

            string? Cell(ProvinceListColumn column) =>
                columns.TryGetValue(column, out var index) && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index])
                    ? cells[index].Trim()
                    : null;

            rows.Add(new ProvinceListRow
            {
                Line = checked((int)csv.RowNumber),
                Product = Cell(ProvinceListColumn.Product),
                Producer = Cell(ProvinceListColumn.Producer),
                Address = Cell(ProvinceListColumn.Address),
                Score = Cell(ProvinceListColumn.Score),
                Stars = Cell(ProvinceListColumn.Stars),
                DecisionNumber = Cell(ProvinceListColumn.DecisionNumber),
                DecisionDate = Cell(ProvinceListColumn.DecisionDate),
                Group = Cell(ProvinceListColumn.Group),
            });
        }

        return columns is null
            ? ProvinceList.Failed(ProvinceListFileProblem.Empty)
            : new ProvinceList(rows, columns.Keys.ToHashSet(), null);
    }

    private static Dictionary<ProvinceListColumn, int> ColumnsOf(string[] header)
    {
        var columns = new Dictionary<ProvinceListColumn, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = FoldName(header[i]);
            var column = Headers.Where(h => h.Name == name).Select(h => (ProvinceListColumn?)h.Column).FirstOrDefault()
                ?? Headers.Where(h => name.StartsWith(h.Name + " ", StringComparison.Ordinal))
                    .OrderByDescending(h => h.Name.Length).Select(h => (ProvinceListColumn?)h.Column).FirstOrDefault();
            // The first column of a kind wins: a second "Điểm" (a sub-score, say) must not replace the total.
            if (column is { } found)
            {
                columns.TryAdd(found, i);
            }
        }

        return columns;
    }

    /// <summary>Semicolon when the header line has more of them than commas (spreadsheets in Vietnamese locales save so).</summary>
    private static char DelimiterOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var ch in header)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch == ',')
            {
                commas++;
            }
            else if (!quoted && ch == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
