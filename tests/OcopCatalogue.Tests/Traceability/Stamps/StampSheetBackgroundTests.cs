using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability.Stamps;

/// <summary>A PDF larger than the site makes while someone waits (here 10 stamps) is made in the background.</summary>
public sealed class StampSheetBackgroundTests : StampSite
{
    protected override IReadOnlyDictionary<string, string?>? Settings { get; } =
        new Dictionary<string, string?> { ["Ocop:Traceability:StampPdfAtOnceLimit"] = "10" };

    [Test]
    public async Task A_large_orders_pdf_is_made_in_the_background_and_downloaded_when_ready()
    {
        await IssueAsync(40);
        var order = (await OrdersAsync()).Single();
        var pdfUrl = new Uri($"{StampsPage}?handler=Pdf&order={order.Id}", UriKind.Relative);

        using (var first = await Writer.Client.GetAsync(pdfUrl))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var page = await HtmlPage.GetAsync(Writer.Client, StampsPage);
        Assert.That(HtmlPage.Collapse(page.Document.QuerySelector("#stamps-done")?.TextContent ?? ""), Does.Contain("đang được tạo"));

        HttpResponseMessage? ready = null;
        for (var attempt = 0; attempt < 240 && ready is null; attempt++)
        {
            var response = await Writer.Client.GetAsync(pdfUrl);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                ready = response;
            }
            else
            {
                response.Dispose();
                await Task.Delay(250);
            }
        }

        Assert.That(ready, Is.Not.Null, "the PDF was not ready within a minute");
        using (ready)
        {
            Assert.That(ready!.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            var bytes = await ready.Content.ReadAsByteArrayAsync();
            Assert.That(bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8), Is.True);
        }

        var after = await HtmlPage.GetAsync(Writer.Client, StampsPage);
        Assert.That(after.Document.QuerySelector(".stamps-pdf-making"), Is.Null);
        Assert.That(after.Document.QuerySelector(".stamps-pdf"), Is.Not.Null);
    }

    [Test]
    public async Task A_small_orders_pdf_is_made_while_its_requester_waits()
    {
        await IssueAsync(8);
        var order = (await OrdersAsync()).Single();

        using var response = await Writer.Client.GetAsync(new Uri($"{StampsPage}?handler=Pdf&order={order.Id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
    }
}
