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

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// A print order's stamps as A4 sheets (PDFsharp): per stamp the QR code of its address (error correction Q, the
/// four-module quiet zone kept, a one-bit image of one pixel a module, not interpolated, so it prints sharp at any
/// resolution: <see cref="StampQrImage"/>), the product's name, its stars, the lot and the serial in readable form. An issued order's sheets
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
                var face = new StampFace(layout, product.Name, stars.Length > 0 ? text["Stamps.Sheet.Stars", stars].Value : "",
                    text["Stamps.Sheet.Lot", batch.LotCode].Value);
                var sheet = new List<(string Serial, string Url)>(layout.StampsPerSheet);
                var drawn = 0;
                await foreach (var serial in db.Set<IssuedStamp>().AsNoTracking().Where(i => i.PrintOrderId == order.Id)
                    .OrderBy(i => i.Serial).Select(i => i.Serial).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var url = baseUrl + StampAddress.ForSerial(product.Gtin, product.TraceCode, batch.LotCode, serial);
                    sheet.Add((serial, url));
                    if (sheet.Count == layout.StampsPerSheet)
                    {
                        DrawSheet(document, face, sheet);
                        drawn += sheet.Count;
                        sheet.Clear();
                        ReportProgress(order.Id, drawn, order.IssuedCount);
                        // A sheet leaves a few megabytes of garbage (QR encoding mostly) and only some kilobytes that
                        // stay. The server collector lets the youngest generation grow to hundreds of megabytes
                        // between its own collections (10,000 stamps peaked at 805 MB resident, 116 MB with this);
                        // a young-generation collection per sheet keeps the resident memory near what stays, for
                        // about a millisecond a sheet.
                        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                    }
                }

                if (sheet.Count > 0 || document.PageCount == 0)
                {
                    DrawSheet(document, face, sheet);
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

    /// <summary>
    /// One A4 sheet of stamps. The QR codes are encoded on every core first (encoding is most of a stamp's processor
    /// time and each is independent of the others); the drawing itself is one document's, so it stays on one thread.
    /// </summary>
    private static void DrawSheet(PdfDocument document, StampFace face, List<(string Serial, string Url)> stamps)
    {
        var bitmaps = new byte[stamps.Count][];
        Parallel.For(0, stamps.Count, i => bitmaps[i] = StampQrImage.BitmapOf(stamps[i].Url));
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using var graphics = XGraphics.FromPdfPage(page);
        for (var i = 0; i < stamps.Count; i++)
        {
            // The document keeps the image's compressed stream; the imported copies are let go at once.
            using var qr = StampQrImage.ImageOf(bitmaps[i]);
            face.Draw(graphics, i, stamps[i].Serial, qr);
        }
    }

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
