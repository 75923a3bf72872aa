using System.Diagnostics;
using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability.Stamps;

public sealed class StampSheetTests : StampSite
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
        var decoded = await DecodePagesAsync(pdf);
        var expected = serials.Select(s => "http://localhost" + SerialPath(s)).ToList();
        Assert.That(decoded, Is.EquivalentTo(expected));

        var page = await HtmlPage.GetAsync(Client, new Uri(decoded[0]).AbsolutePath);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("#stamp-checks"), Is.Not.Null);
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

    /// <summary>Rasterises each page at 300 dpi with Poppler's pdftoppm and reads every QR code on it with ZBar.</summary>
    private static async Task<List<string>> DecodePagesAsync(byte[] pdf)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"ocop-stamps-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "sheets.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            await RunAsync("pdftoppm", "-r", "300", "-png", "-gray", file, Path.Combine(folder, "page"));
            var decoded = new List<string>();
            foreach (var png in Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal))
            {
                var output = await RunAsync("zbarimg", "--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", png);
                decoded.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }

            return decoded;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

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
