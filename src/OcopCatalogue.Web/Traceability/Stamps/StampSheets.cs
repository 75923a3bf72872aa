using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using QRCoder;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// A print order's stamps as A4 sheets (PDFsharp): per stamp the QR code of its address (error correction Q, the
/// four-module quiet zone kept, drawn as vector rectangles, one per run of dark modules, so it prints sharp at any
/// resolution), the product's name, its stars, the lot and the serial in readable form. An issued order's sheets
/// never change (revoking does not reprint), so each is made once into the shared storage directory and served
/// from there by any node.
/// </summary>
public sealed class StampSheets(
    IServiceScopeFactory scopes,
    IOptions<ContentStoreOptions> storage,
    IHostEnvironment environment,
    IStringLocalizer<SiteText> text,
    TimeProvider clock) : IDisposable
{
    private static readonly Lock FontGate = new();
    private readonly SemaphoreSlim _making = new(1, 1);

    public void Dispose() => _making.Dispose();

    /// <summary>The folder of made sheets.</summary>
    public string Directory => Path.Combine(storage.Value.ResolveStorageDirectory(environment), "stamps");

    public string PathOf(Guid orderId) => Path.Combine(Directory, orderId.ToString("N", CultureInfo.InvariantCulture) + ".pdf");

    /// <summary>A progress file not written for this long belongs to a making that stopped (a server gone).</summary>
    public static readonly TimeSpan ProgressStaleAfter = TimeSpan.FromMinutes(2);

    private string ProgressPathOf(Guid orderId) => Path.Combine(Directory, orderId.ToString("N", CultureInfo.InvariantCulture) + ".progress");

    /// <summary>How far the order's PDF is being made, by whichever server; null when it is made, or not being made.</summary>
    public SheetProgress? ProgressOf(Guid orderId)
    {
        var progress = ProgressPathOf(orderId);
        try
        {
            if (File.Exists(PathOf(orderId)) || !File.Exists(progress) || DateTime.UtcNow - File.GetLastWriteTimeUtc(progress) > ProgressStaleAfter)
            {
                return null;
            }

            var parts = File.ReadAllText(progress).Split(' ');
            return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var done) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var total)
                ? new SheetProgress(done, total)
                : new SheetProgress(0, 0);
        }
        catch (IOException)
        {
            // Being rewritten this instant: the next look reads it.
            return new SheetProgress(0, 0);
        }
    }

    /// <summary>Records how many of the order's stamps are drawn, for every server's stamps page.</summary>
    public void ReportProgress(Guid orderId, int done, int total)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(ProgressPathOf(orderId), string.Create(CultureInfo.InvariantCulture, $"{done} {total}"));
    }

    /// <summary>The order's PDF, made first if it is not there yet.</summary>
    public async Task<string> FileAsync(StampPrintOrder order, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var path = PathOf(order.Id);
        if (File.Exists(path))
        {
            return path;
        }

        await _making.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(path))
            {
                await MakeAsync(order, baseUrl.TrimEnd('/'), path, CancellationToken.None).ConfigureAwait(false);
            }

            return path;
        }
        finally
        {
            _making.Release();
        }
    }

    private async Task MakeAsync(StampPrintOrder order, string baseUrl, string path, CancellationToken cancellationToken)
    {
        UseNotoFonts();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var batch = await db.TraceBatches.AsNoTracking().SingleAsync(b => b.Id == order.BatchId, cancellationToken).ConfigureAwait(false);
        var product = await db.Products.AsNoTracking().Include(p => p.Certificates)
            .SingleAsync(p => p.Id == batch.ProductId, cancellationToken).ConfigureAwait(false);
        var standing = OcopStanding.On(product.Certificates, VietnamTime.Today(clock));
        var stars = standing.Stars is { } s && standing.ShowsOcopMark ? ((int)s).ToString(CultureInfo.InvariantCulture) : "";
        System.IO.Directory.CreateDirectory(Directory);
        var work = Path.Combine(Directory, $".{Guid.NewGuid():N}.making");
        try
        {
            using (var document = new PdfDocument())
            {
                document.Info.Title = $"{product.Name} — {batch.LotCode}";
                document.Options.CompressContentStreams = true;
                var layout = order.Layout;
                var nameFont = new XFont(NotoFontResolver.Family, 6.5, XFontStyleEx.Bold);
                var textFont = new XFont(NotoFontResolver.Family, 6, XFontStyleEx.Regular);
                var serialFont = new XFont(NotoFontResolver.Family, 7.5, XFontStyleEx.Bold);
                var generator = new QRCodeGenerator();
                var slot = 0;
                XGraphics? graphics = null;
                await foreach (var serial in db.Set<IssuedStamp>().AsNoTracking().Where(i => i.PrintOrderId == order.Id)
                    .OrderBy(i => i.Serial).Select(i => i.Serial).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (slot % layout.StampsPerSheet == 0)
                    {
                        if (slot > 0)
                        {
                            ReportProgress(order.Id, slot, order.IssuedCount);
                        }

                        graphics?.Dispose();
                        var page = document.AddPage();
                        page.Size = PageSize.A4;
                        graphics = XGraphics.FromPdfPage(page);
                    }

                    var index = slot % layout.StampsPerSheet;
                    var x = Mm(layout.MarginMm + (index % layout.Columns * layout.WidthMm));
                    var y = Mm(layout.MarginMm + (index / layout.Columns * layout.HeightMm));
                    var url = baseUrl + StampAddress.ForSerial(product.Gtin, product.TraceCode, batch.LotCode, serial);
                    DrawStamp(graphics!, generator, layout, x, y, url, product.Name, stars, batch.LotCode, serial, nameFont, textFont, serialFont);
                    slot++;
                }

                graphics?.Dispose();
                if (document.PageCount == 0)
                {
                    document.AddPage().Size = PageSize.A4;
                }

                document.Save(work);
            }

            SharedFiles.MoveInto(work, path);
        }
        finally
        {
            File.Delete(work);
            File.Delete(ProgressPathOf(order.Id));
        }
    }

    private void DrawStamp(XGraphics g, QRCodeGenerator generator, StampLayout layout, double x, double y, string url, string name, string stars,
        string lot, string serial, XFont nameFont, XFont textFont, XFont serialFont)
    {
        // Cutting guide: a hairline of light grey, outside the QR's quiet zone.
        g.DrawRectangle(new XPen(XColor.FromArgb(200, 200, 200), 0.3), x, y, Mm(layout.WidthMm), Mm(layout.HeightMm));
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        var matrix = data.ModuleMatrix;
        var side = Mm(layout.QrSideMm);
        var module = side / matrix.Count;
        var qrX = x + ((Mm(layout.WidthMm) - side) / 2);
        var qrY = y + Mm(1);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                // A hair wider and taller than a module, so no white seam shows between neighbours.
                g.DrawRectangle(XBrushes.Black, qrX + (start * module), qrY + (row * module), ((column - start) * module) + 0.05, module + 0.05);
            }
        }

        var textX = x + Mm(1);
        var width = Mm(layout.WidthMm - 2);
        var lineY = qrY + side;
        g.DrawString(Fit(g, name, nameFont, width), nameFont, XBrushes.Black, new XRect(textX, lineY, width, Mm(3)), XStringFormats.TopCenter);
        lineY += Mm(3);
        if (stars.Length > 0)
        {
            g.DrawString(text["Stamps.Sheet.Stars", stars].Value, textFont, XBrushes.Black, new XRect(textX, lineY, width, Mm(3)), XStringFormats.TopCenter);
        }

        lineY += Mm(3);
        g.DrawString(Fit(g, text["Stamps.Sheet.Lot", lot].Value, textFont, width), textFont, XBrushes.Black, new XRect(textX, lineY, width, Mm(3)), XStringFormats.TopCenter);
        lineY += Mm(3);
        g.DrawString(serial, serialFont, XBrushes.Black, new XRect(textX, lineY, width, Mm(3.5)), XStringFormats.TopCenter);
    }

    /// <summary>A name too long for the stamp is cut with an ellipsis rather than overflowing into the next one.</summary>
    private static string Fit(XGraphics g, string value, XFont font, double width)
    {
        if (g.MeasureString(value, font).Width <= width)
        {
            return value;
        }

        for (var length = value.Length - 1; length > 1; length--)
        {
            var cut = value[..length].TrimEnd() + "…";
            if (g.MeasureString(cut, font).Width <= width)
            {
                return cut;
            }
        }

        return value[..1];
    }

    private static double Mm(double millimetres) => XUnit.FromMillimeter(millimetres).Point;

    /// <summary>PDFsharp's resolver is process-wide and may be set once.</summary>
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
