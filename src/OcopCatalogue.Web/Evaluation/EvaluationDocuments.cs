using System.Globalization;
using OcopCatalogue.Web.OpenData;
using OcopCatalogue.Web.Traceability.Stamps;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// The council's minutes (per product: each member's points by part and total, the mean, the stars) as PDF with
/// PDFsharp and the Noto fonts, and the round's result list as XLSX with MiniExcel (the open data's writer).
/// </summary>
public static class EvaluationDocuments
{
    private static readonly Lock FontGate = new();

    private static readonly string[] ResultColumns =
        ["San pham / Product", "Chu the / Producer", "Xa / Commune", "Loai / Kind", "Buoc / Step", "Diem / Score", "Sao / Stars", "De nghi TW / Central", "Chenh lech / Spread"];

    public static byte[] MinutesPdf(RoundResults.Results results)
    {
        ArgumentNullException.ThrowIfNull(results);
        UseNotoFonts();
        var culture = CultureInfo.InvariantCulture;
        using var document = new PdfDocument();
        document.Info.Title = $"Biên bản chấm điểm — {results.Round.Name}";
        document.Options.CompressContentStreams = true;
        var title = new XFont(NotoFontResolver.Family, 13, XFontStyleEx.Bold);
        var heading = new XFont(NotoFontResolver.Family, 10, XFontStyleEx.Bold);
        var body = new XFont(NotoFontResolver.Family, 8.5, XFontStyleEx.Regular);
        const double left = 40, lineHeight = 13, bottom = 800;
        double[] columns = [left, 270, 330, 390, 450, 510];
        XGraphics? g = null;
        var y = bottom + 1;
        void NewPage()
        {
            g?.Dispose();
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            g = XGraphics.FromPdfPage(page);
            y = 50;
        }

        void Line(XFont font, params string[] cells)
        {
            if (y + lineHeight > bottom)
            {
                NewPage();
            }

            for (var i = 0; i < cells.Length && i < columns.Length; i++)
            {
                g!.DrawString(cells[i], font, XBrushes.Black, columns[i], y);
            }

            y += lineHeight;
        }

        NewPage();
        Line(title, $"Biên bản chấm điểm · Minutes — {results.Round.Name} ({results.Round.Year})");
        y += 6;
        foreach (var row in results.Rows)
        {
            if (y + (lineHeight * (results.Members.Count + 4)) > bottom)
            {
                NewPage();
            }

            Line(heading, row.ProductName + " — " + row.ProducerName);
            Line(body, "Thành viên / Member", "A", "B", "C", "Tổng / Total");
            foreach (var (id, name) in results.Members)
            {
                if (row.Latest.GetValueOrDefault(id) is { } sheet)
                {
                    var parts = row.PartsByMember.GetValueOrDefault(id);
                    Line(body, name, Part(parts, "A"), Part(parts, "B"), Part(parts, "C"), sheet.Total.ToString(culture));
                }
                else
                {
                    Line(body, name, "—", "—", "—", "—");
                }
            }

            var result = row.Result;
            Line(heading, "Trung bình / Mean", Part(result.PartMeans, "A"), Part(result.PartMeans, "B"), Part(result.PartMeans, "C"),
                result.Score?.ToString(culture) ?? "—");
            Line(body, $"Hạng / Stars: {(result.Stars is { } stars ? ((int)stars).ToString(culture) + "★" : "—")}"
                + (result.ProposeToCentral ? " · đề nghị Trung ương / proposed to the central level" : "")
                + (result.NeedsDiscussion ? $" · chênh lệch / spread {result.Spread.ToString(culture)}" : ""));
            y += 6;
        }

        g?.Dispose();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public static async Task<byte[]> ResultListXlsxAsync(RoundResults.Results results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Rows.Select(r => new object?[]
        {
            r.ProductName, r.ProducerName, r.Registration.Commune, r.Registration.Kind.ToString(), r.Registration.Step.ToString(),
            r.Registration.Score, r.Registration.Stars is { } s ? (int)s : null, r.Registration.ProposeToCentral, r.Registration.Spread,
        });
        using var output = new MemoryStream();
        await OpenDataWriter.WriteXlsxAsync(ResultColumns, rows, output, printHeader: true, cancellationToken);
        return output.ToArray();
    }

    private static string Part(IReadOnlyDictionary<string, decimal>? parts, string code) =>
        parts is not null && parts.TryGetValue(code, out var points) ? points.ToString(CultureInfo.InvariantCulture) : "—";

    /// <summary>PDFsharp's resolver is process-wide and may be set once (stamp sheets set the same one).</summary>
    private static void UseNotoFonts()
    {
        lock (FontGate)
        {
            if (GlobalFontSettings.FontResolver is not NotoFontResolver)
            {
                GlobalFontSettings.FontResolver = new NotoFontResolver(NotoFontResolver.DefaultDirectory);
            }
        }
    }
}
