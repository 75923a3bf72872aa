using System.Net;
using System.Text.Json.Nodes;
using Json.Schema;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Tests.Traceability.Stamps;
using OcopCatalogue.Web.Traceability.Epcis;

namespace OcopCatalogue.Tests.Traceability.Epcis;

public sealed class BatchEpcisTests : StampSite
{
    /// <summary>GS1's EPCIS 2.0 JSON schema, kept beside this test (see EPCIS-JSON-Schema.source.md).</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "OcopCatalogue.Tests", "Traceability", "Epcis", "EPCIS-JSON-Schema.json"))));

    private static EvaluationResults Evaluate(JsonNode document) =>
        Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Problems(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));

    [Test]
    public async Task The_back_office_export_with_issued_stamps_is_valid_epcis()
    {
        var serials = await IssueAsync(3);

        using var response = await Editor.Client.GetAsync(new Uri(StampsPage + "?handler=Epcis", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var results = Evaluate(document);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(BatchEpcis.MediaType));
        Assert.That(results.IsValid, Is.True, Problems(results));
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
        var results = Evaluate(JsonNode.Parse(body)!);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(results.IsValid, Is.True, Problems(results));
        Assert.That(body, Does.Not.Contain("/21/"));
    }

    [Test]
    public void A_document_missing_what_epcis_requires_is_invalid()
    {
        var document = BatchEpcis.Export(StampLink.OfGtin("09520123456788", "L1"), new TraceBatch { LotCode = "L1", Events = [new TraceEvent { Step = TraceStep.Packing, On = new DateOnly(2025, 7, 1) }] },
            [], "https://ocop.example", DateTimeOffset.UtcNow);
        document["epcisBody"]!["eventList"]![0]!.AsObject().Remove("eventTime");

        Assert.That(Evaluate(document).IsValid, Is.False);
    }

    [Test]
    public void Steps_without_a_cbv_business_step_keep_a_uri_of_the_site()
    {
        Assert.That(BatchEpcis.BizStep(TraceStep.Harvesting, "https://ocop.example/"), Is.EqualTo("https://ocop.example/epcis/bizstep/harvesting"));
        Assert.That(BatchEpcis.BizStep(TraceStep.Shipping, "https://ocop.example"), Is.EqualTo("shipping"));
    }
}
