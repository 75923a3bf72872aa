using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Tests.Traceability.Epcis;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.Traceability.Epcis;

namespace OcopCatalogue.Tests.Traceability.Stamps;

/// <summary>
/// Stamps of a product without a GTIN, in the short-code form <c>/t/{code}/10/{lot}/21/{serial}</c>: issuing, the
/// files, the QR images, EPCIS and bad addresses. The scan verdicts and the PDF are checked in this form by
/// <see cref="StampScanTests"/> and <see cref="StampSheetTests"/>.
/// </summary>
public sealed class ShortCodeStampTests() : StampSite(form: StampForm.ShortCode)
{
    [Test]
    public async Task A_batch_of_a_product_without_a_GTIN_takes_print_orders_on_its_stamps_page()
    {
        var page = await HtmlPage.GetAsync(Writer.Client, StampsPage);

        Assert.That(page.Document.QuerySelector("#stamp-request"), Is.Not.Null);
        Assert.That(await IssueAsync(4), Has.Count.EqualTo(4));
    }

    [Test]
    public async Task The_csv_carries_short_code_addresses()
    {
        var serials = await IssueAsync(6);
        var order = (await OrdersAsync()).Single();

        using var response = await Writer.Client.GetAsync(new Uri($"{StampsPage}?handler=Csv&order={order.Id}", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines.Skip(1).Select(l => l.Split(',')[1]),
            Is.EquivalentTo(serials.Select(s => $"http://localhost/t/{ShortCode}/10/{Lot}/21/{s}")));
    }

    [Test]
    public async Task The_QR_image_of_an_issued_stamp_decodes_to_its_short_code_address()
    {
        var serial = (await IssueAsync(2))[0];

        using var png = await Client.GetAsync(StampAddress.QrImage(SerialPath(serial), StampAddress.Png));
        using var svg = await Client.GetAsync(StampAddress.QrImage(BatchPath, StampAddress.Svg));

        Assert.That(png.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ZbarDecoder.DecodeAsync(await png.Content.ReadAsByteArrayAsync(), ".png"), Is.EqualTo("http://localhost" + SerialPath(serial)));
        Assert.That(svg.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(svg.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
    }

    [TestCase("/t/zzzzzzzzzz/10/XD2025-07", TestName = "Unknown trace code with a lot")]
    [TestCase("/t/zzzzzzzzzz/10/XD2025-07/21/23456789ABC", TestName = "Unknown trace code with a serial")]
    [TestCase("/t/k7m2p9x4qz/10/NO-SUCH-LOT", TestName = "Unknown lot of a short code")]
    [TestCase("/t/k7m2p9x4qz/10", TestName = "Short code with an identifier and no value")]
    [TestCase("/t/k7m2p9x4qz/10/", TestName = "Short code with an empty lot")]
    [TestCase("/t/k7m2p9x4qz/10/%FF%FE", TestName = "Short code with a lot that is not UTF-8")]
    [TestCase("/t/k7m2p9x4qz/10/123456789012345678901", TestName = "Short code with a lot too long")]
    [TestCase("/t/k7m2p9x4qz/99/x", TestName = "Short code with an unknown qualifier")]
    [TestCase("/t/k7m2p9x4qz/21/S1/10/XD2025-07", TestName = "Short code with qualifiers out of order")]
    [TestCase("/t/k7m2p9x4qz/10/XD2025-07/21/S1/x", TestName = "Short code with a trailing segment")]
    [TestCase("/t/K7M2P9X4QZ/10/XD2025-07", TestName = "Short code in capitals")]
    [TestCase("/t//10/XD2025-07", TestName = "Short code missing")]
    [TestCase("/t/..%2F..%2Fetc/10/XD2025-07", TestName = "Short code trying a traversal")]
    public async Task Unknown_and_malformed_short_code_addresses_get_no_error_page_nor_QR_nor_EPCIS(string path)
    {
        using var noRedirects = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var scan = await noRedirects.GetAsync(path);
        using var qr = await Client.GetAsync(StampAddress.QrImage(path, StampAddress.Png));
        using var epcis = await Client.GetAsync(EpcisEndpoint.PathOf(path));

        // An unknown lot of a known product is sent to the product's page, as for a Digital Link; all else is the friendly 404.
        Assert.That(scan.StatusCode, path.Contains("NO-SUCH-LOT", StringComparison.Ordinal) ? Is.EqualTo(HttpStatusCode.SeeOther) : Is.EqualTo(HttpStatusCode.NotFound));
        if (scan.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.That(await scan.Content.ReadAsStringAsync(), Does.Contain("<h1"));
        }

        Assert.That(qr.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(epcis.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_back_office_export_names_the_batch_and_its_stamps_by_their_short_code_addresses_and_is_valid_epcis()
    {
        var serials = await IssueAsync(3);

        using var response = await Editor.Client.GetAsync(new Uri(StampsPage + "?handler=Epcis", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var results = EpcisSchema.Evaluate(document);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.IsValid, Is.True, EpcisSchema.Problems(results));
        var events = document["epcisBody"]!["eventList"]!.AsArray();
        var commissioning = events.Single(e => (string?)e!["bizStep"] == "commissioning")!;
        Assert.That(commissioning["epcList"]!.AsArray().Select(e => (string?)e), Is.EquivalentTo(serials.Select(s => "http://localhost" + SerialPath(s))));
        Assert.That(events.Where(e => (string?)e!["action"] == "OBSERVE").Select(e => (string?)e!["quantityList"]![0]!["epcClass"]),
            Is.Not.Empty.And.All.EqualTo("http://localhost" + BatchPath));
    }

    [Test]
    public async Task The_public_document_is_linked_from_the_batchs_linkset_and_is_valid_epcis()
    {
        using var linksetRequest = new HttpRequestMessage(HttpMethod.Get, BatchPath + "?linkType=linkset");
        using var linkset = await Client.SendAsync(linksetRequest);
        var set = JsonNode.Parse(await linkset.Content.ReadAsStringAsync())!["linkset"]![0]!;
        var epcisLink = set["https://gs1.org/voc/traceability"]!.AsArray().Single(l => (string?)l!["type"] == BatchEpcis.MediaType)!;

        using var response = await Client.GetAsync(new Uri((string)epcisLink["href"]!).AbsolutePath);
        var results = EpcisSchema.Evaluate(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);

        Assert.That((string?)set["anchor"], Is.EqualTo("http://localhost" + BatchPath));
        Assert.That(new Uri((string)epcisLink["href"]!).AbsolutePath, Is.EqualTo("/epcis" + BatchPath));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.IsValid, Is.True, EpcisSchema.Problems(results));
    }

    [Test]
    public async Task An_import_naming_the_batch_by_its_short_code_address_adds_the_step()
    {
        var before = (await Factory.BatchAsync(Lot)).Events.Count;
        var document = ShippingEvent("https://ocop.example.gov.vn" + BatchPath);

        using var response = await ImportAsync(document);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = (await Factory.BatchAsync(Lot)).Events;
        Assert.That(after, Has.Count.EqualTo(before + 1));
        Assert.That(after.Any(e => e.Step == TraceStep.Shipping && e.On == new DateOnly(2025, 8, 2)), Is.True);
    }

    [Test]
    public async Task An_import_naming_another_short_code_is_refused()
    {
        var before = (await Factory.BatchAsync(Lot)).Events.Count;
        var document = ShippingEvent($"http://localhost/t/zzzzzzzzzz/10/{Lot}");

        using var response = await ImportAsync(document);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Factory.BatchAsync(Lot)).Events, Has.Count.EqualTo(before));
    }

    [Test]
    public async Task The_batch_a_short_code_names_is_remembered_so_later_scans_ask_the_store_nothing()
    {
        var targets = Factory.Services.GetRequiredService<ScanTargets>();
        var link = StampLink.Parse(SerialPath("23456789ABC"), out _)!;
        var first = await Factory.WithDbAsync(db => targets.FindAsync(db, link, CancellationToken.None).AsTask());

        // A store that cannot be opened: any query would throw.
        var unreachable = new DbContextOptionsBuilder<OcopDbContext>().UseSqlite("Data Source=/nonexistent-ocop/none.db;Mode=ReadOnly").Options;
        await using var nowhere = new OcopDbContext(unreachable);
        var again = await targets.FindAsync(nowhere, link.WithoutSerial(), CancellationToken.None);

        Assert.That(first?.BatchId, Is.EqualTo(Batch.Id));
        Assert.That(again, Is.SameAs(first));
        Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => nowhere.Products.AnyAsync());
    }

    [Test]
    public async Task A_made_up_serial_lists_the_batch_as_suspicious_with_a_link_to_its_short_code_scan_page()
    {
        var serials = await IssueAsync(3);
        using (await ScanAsync(SerialPath(MadeUp(serials)), address: "203.0.113.9"))
        {
        }

        var page = await HtmlPage.GetAsync(Editor.Client, "/backoffice/lo-hang-dang-ngo");

        Assert.That(page.Document.QuerySelectorAll("#suspicious-batches a").Select(a => a.GetAttribute("href")), Does.Contain(BatchPath));
    }

    /// <summary>An EPCIS 2.0 document of one shipping event naming <paramref name="epcClass"/> in its quantity list.</summary>
    private static JsonObject ShippingEvent(string epcClass) => new()
    {
        ["@context"] = new JsonArray(BatchEpcis.Gs1Context),
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = "2025-08-01T10:00:00.000+07:00",
        ["epcisBody"] = new JsonObject
        {
            ["eventList"] = new JsonArray(new JsonObject
            {
                ["type"] = "ObjectEvent", ["eventTime"] = "2025-08-02T09:30:00.000+07:00", ["eventTimeZoneOffset"] = "+07:00", ["action"] = "OBSERVE",
                ["bizStep"] = "shipping", ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = epcClass }),
            }),
        },
    };

    private async Task<HttpResponseMessage> ImportAsync(JsonNode document)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(document.ToJsonString()));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");
        form.Add(file, "document", "producer.jsonld");
        return await Editor.PostMultipartAsync(StampsPage, form, StampsPage + "?handler=ImportEpcis");
    }
}
