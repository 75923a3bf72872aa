using System.Net;
using System.Text.Json.Nodes;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Traceability.Stamps;
using OcopCatalogue.Web.Traceability.Epcis;

namespace OcopCatalogue.Tests.Traceability.Epcis;

public sealed class BatchEpcisTests : StampSite
{
    [Test]
    public async Task The_back_office_export_with_issued_stamps_is_valid_epcis()
    {
        var serials = await IssueAsync(3);

        using var response = await Editor.Client.GetAsync(new Uri(StampsPage + "?handler=Epcis", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var results = EpcisSchema.Evaluate(document);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(BatchEpcis.MediaType));
        Assert.That(results.IsValid, Is.True, EpcisSchema.Problems(results));
        var events = document["epcisBody"]!["eventList"]!.AsArray();
        var commissioning = events.Single(e => (string?)e!["bizStep"] == "commissioning")!;
        Assert.That(commissioning["epcList"]!.AsArray().Select(e => (string?)e), Is.EquivalentTo(serials.Select(s => $"https://id.gs1.org{SerialPath(s)}")));
        Assert.That(events.Count(e => (string?)e!["action"] == "OBSERVE"), Is.EqualTo(Batch.Events.Count));
    }

    [Test]
    public async Task The_public_document_is_linked_from_the_batch_and_names_no_serial()
    {
        await IssueAsync(3);
        using var linksetRequest = new HttpRequestMessage(HttpMethod.Get, BatchPath + "?linkType=linkset");
        using var linkset = await Client.SendAsync(linksetRequest);
        var set = JsonNode.Parse(await linkset.Content.ReadAsStringAsync())!["linkset"]![0]!;
        var epcisLink = set["https://gs1.org/voc/traceability"]!.AsArray().Single(l => (string?)l!["type"] == BatchEpcis.MediaType)!;

        using var response = await Client.GetAsync(new Uri((string)epcisLink["href"]!).AbsolutePath);
        var body = await response.Content.ReadAsStringAsync();
        var results = EpcisSchema.Evaluate(JsonNode.Parse(body)!);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.IsValid, Is.True, EpcisSchema.Problems(results));
        Assert.That(body, Does.Not.Contain("/21/"));
    }

    [Test]
    public void A_document_missing_what_epcis_requires_is_invalid()
    {
        var document = BatchEpcis.Export(StampLink.OfGtin("09520123456788", "L1"), new TraceBatch { LotCode = "L1", Events = [new TraceEvent { Step = TraceStep.Packing, On = new DateOnly(2025, 7, 1) }] },
            [], "https://ocop.example", DateTimeOffset.UtcNow);
        document["epcisBody"]!["eventList"]![0]!.AsObject().Remove("eventTime");

        Assert.That(EpcisSchema.Evaluate(document).IsValid, Is.False);
    }

    [Test]
    public void Steps_without_a_cbv_business_step_keep_a_uri_of_the_site()
    {
        Assert.That(BatchEpcis.BizStep(TraceStep.Harvesting, "https://ocop.example/"), Is.EqualTo("https://ocop.example/epcis/bizstep/harvesting"));
        Assert.That(BatchEpcis.BizStep(TraceStep.Shipping, "https://ocop.example"), Is.EqualTo("shipping"));
    }
}
