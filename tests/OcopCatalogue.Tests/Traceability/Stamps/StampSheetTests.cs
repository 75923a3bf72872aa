using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability.Stamps;

/// <summary>On both forms of address: a product's GS1 Digital Link, and the short code of a product without a GTIN.</summary>
[TestFixture(StampForm.DigitalLink)]
[TestFixture(StampForm.ShortCode)]
public sealed class StampSheetTests(StampForm form) : StampSite(form: form)
{
    [Test]
    public async Task Every_stamp_on_the_pdf_decodes_to_its_own_address_which_the_site_resolves()
    {
        // 35 stamps at the default layout (30 a sheet): a full sheet and part of a second.
        var serials = await IssueAsync(35);
        var order = (await OrdersAsync()).Single();

        using var response = await Writer.Client.GetAsync(new Uri($"{StampsPage}?handler=Pdf&order={order.Id}", UriKind.Relative));
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var decoded = await DecodePagesAsync(pdf, serials.Count);
        var expected = serials.Select(s => "http://localhost" + SerialPath(s)).ToList();
        Assert.That(decoded, Is.EquivalentTo(expected));

        var page = await HtmlPage.GetAsync(Client, new Uri(decoded[0]).AbsolutePath);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("#stamp-checks"), Is.Not.Null);
    }

    [Test]
    public async Task Each_stamps_qr_is_a_one_bit_image_of_its_own_that_viewers_do_not_smooth()
    {
        await IssueAsync(3);
        var order = (await OrdersAsync()).Single();

        using var response = await Writer.Client.GetAsync(new Uri($"{StampsPage}?handler=Pdf&order={order.Id}", UriKind.Relative));
        var pdf = System.Text.Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());

        // An interpolated image would blur each module's edges when a viewer or printer scales it up.
        var images = Regex.Matches(pdf, @"<<[^>]*/Subtype\s*/Image[^>]*>>").Select(m => m.Value).ToList();
        Assert.That(images, Has.Count.EqualTo(3));
        Assert.That(images, Has.All.Match(@"/BitsPerComponent\s*1\b"));
        Assert.That(pdf, Does.Not.Contain("/Interpolate"));
    }

    [Test]
    public async Task The_pdf_of_an_order_not_yet_issued_is_not_found()
    {
        using (await RequestAsync(Writer, 5))
        {
        }

        var order = (await OrdersAsync()).Single();
        using var response = await Writer.Client.GetAsync(new Uri($"{StampsPage}?handler=Pdf&order={order.Id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>
    /// Rasterises each page at 300 dpi with Poppler's pdftoppm, cuts out each stamp's cell of the default layout with
    /// libvips, and reads its QR code with ZBar: one code per stamp, so a stamp that does not decode is named.
    /// </summary>
    private static async Task<List<string>> DecodePagesAsync(byte[] pdf, int stamps)
    {
        var layout = StampLayout.Default;
        const double PixelsPerMm = 300 / 25.4;
        var folder = Path.Combine(Path.GetTempPath(), $"ocop-stamps-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "sheets.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            await RunAsync("pdftoppm", "-r", "300", "-png", "-gray", file, Path.Combine(folder, "page"));
            var pages = Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal).ToList();
            var decoded = new List<string>();
            for (var slot = 0; slot < stamps; slot++)
            {
                var page = pages[slot / layout.StampsPerSheet];
                var index = slot % layout.StampsPerSheet;
                var left = (int)((layout.MarginMm + (index % layout.Columns * layout.WidthMm)) * PixelsPerMm);
                var top = (int)((layout.MarginMm + (index / layout.Columns * layout.HeightMm)) * PixelsPerMm);
                var cell = Path.Combine(folder, $"cell-{slot}.png");
                await RunAsync("vips", "crop", page, cell, Invariant(left), Invariant(top),
                    Invariant((int)(layout.WidthMm * PixelsPerMm)), Invariant((int)(layout.HeightMm * PixelsPerMm)));
                var output = (await RunAsync("zbarimg", "--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", cell)).Trim();
                decoded.Add(output.Length == 0 ? $"(stamp {slot + 1} did not decode)" : output);
            }

            return decoded;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
