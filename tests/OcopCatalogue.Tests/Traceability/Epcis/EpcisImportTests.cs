using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Tests.Traceability.Stamps;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.BackOffice.Batches;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Traceability.Epcis;

namespace OcopCatalogue.Tests.Traceability.Epcis;

public sealed class EpcisImportTests : StampSite
{
    private static T With<T>(T node, Action<T> change)
        where T : JsonNode
    {
        change(node);
        return node;
    }

    private string BatchClass => $"https://id.gs1.org/01/{Gtin}/10/{Lot}";

    private static JsonObject Document(params JsonObject[] events) => new()
    {
        ["@context"] = new JsonArray("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"),
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = "2025-08-01T10:00:00.000+07:00",
        ["epcisBody"] = new JsonObject { ["eventList"] = new JsonArray(events) },
    };

    /// <summary>A producer's system's events: shipping observed by its class on another resolver, an aggregation onto a
    /// pallet naming the batch as an LGTIN-free Digital Link child, a transformation with a step of its own.</summary>
    private JsonObject[] ProducerEvents() =>
    [
        new JsonObject
        {
            ["type"] = "ObjectEvent", ["eventTime"] = "2025-08-02T09:30:00.000+07:00", ["eventTimeZoneOffset"] = "+07:00", ["action"] = "OBSERVE",
            ["bizStep"] = "urn:epcglobal:cbv:bizstep:shipping",
            ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = $"https://producer.example/01/{Gtin}/10/{Lot}" }),
            ["ocop:where"] = "Kho Hợp tác xã", ["ocop:note"] = "Xe lạnh",
        },
        new JsonObject
        {
            ["type"] = "AggregationEvent", ["eventTime"] = "2025-08-01T20:00:00.000Z", ["eventTimeZoneOffset"] = "+07:00", ["action"] = "ADD",
            ["bizStep"] = "packing", ["parentID"] = "https://id.gs1.org/00/395201234567890128",
            ["childQuantityList"] = new JsonArray(new JsonObject { ["epcClass"] = BatchClass, ["quantity"] = 40 }),
        },
        new JsonObject
        {
            ["type"] = "TransformationEvent", ["eventTime"] = "2025-08-03T08:00:00.000+07:00", ["eventTimeZoneOffset"] = "+07:00",
            ["bizStep"] = "https://producer.example/steps/say-kho",
            ["outputQuantityList"] = new JsonArray(new JsonObject { ["epcClass"] = BatchClass }),
        },
    ];

    private async Task<HttpResponseMessage> ImportAsync(BackOfficeSession by, byte[] bytes, Guid? batch = null)
    {
        var page = batch is { } id ? BatchStampsModel.PathOf(id) : StampsPage;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ld+json");
        form.Add(file, "document", "producer.jsonld");
        return await by.PostMultipartAsync(page, form, page + "?handler=ImportEpcis");
    }

    private Task<HttpResponseMessage> ImportAsync(BackOfficeSession by, JsonNode document, Guid? batch = null) =>
        ImportAsync(by, Encoding.UTF8.GetBytes(document.ToJsonString()), batch);

    private Task<List<TraceEvent>> EventsAsync(Guid? batch = null) =>
        Factory.WithDbAsync(async db => (await db.TraceBatches.AsNoTracking().SingleAsync(b => b.Id == (batch ?? Batch.Id))).Events);

    private Task<int> VersionsAsync() =>
        Factory.WithDbAsync(db => db.Set<ContentVersion>().CountAsync(v => v.ItemType == ContentItemType.Batch && v.ItemId == Batch.Id));

    private Task<List<string>> AuditAsync() =>
        Factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.ItemId == Batch.Id).Select(e => e.Action).ToListAsync());

    [Test]
    public async Task An_editors_import_puts_object_aggregation_and_transformation_events_on_the_published_timeline()
    {
        var before = await EventsAsync();

        using var response = await ImportAsync(Editor, Document(ProducerEvents()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await EventsAsync();
        Assert.That(after, Has.Count.EqualTo(before.Count + 3));
        Assert.That(after.Select(e => e.On), Is.Ordered);
        var shipping = after.Single(e => e.Step == TraceStep.Shipping && e.On == new DateOnly(2025, 8, 2));
        Assert.That((shipping.Where, shipping.Note), Is.EqualTo(("Kho Hợp tác xã", "Xe lạnh")));
        // 20:00 UTC is the next morning in Vietnam: the event's own offset decides its day.
        Assert.That(after.Any(e => e.Step == TraceStep.Packing && e.On == new DateOnly(2025, 8, 2)), Is.True);
        var own = after.Single(e => e.Step == TraceStep.Other);
        Assert.That((own.BizStep, own.On), Is.EqualTo(("https://producer.example/steps/say-kho", new DateOnly(2025, 8, 3))));
        Assert.That(await AuditAsync(), Does.Contain(BatchStampsModel.EpcisImported));
    }

    [Test]
    public async Task A_step_the_site_has_no_name_for_shows_its_uri_on_the_scan_page()
    {
        using (var response = await ImportAsync(Editor, Document(ProducerEvents())))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        using var page = await ScanAsync(BatchPath);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.That(html, Does.Contain("Bước khác (https://producer.example/steps/say-kho)"));
    }

    [Test]
    public async Task Importing_the_same_document_twice_adds_its_events_once()
    {
        (await ImportAsync(Editor, Document(ProducerEvents()))).Dispose();
        var once = await EventsAsync();

        (await ImportAsync(Editor, Document(ProducerEvents()))).Dispose();

        Assert.That(await EventsAsync(), Has.Count.EqualTo(once.Count));
    }

    [Test]
    public async Task A_writers_import_waits_for_review_and_leaves_the_public_timeline_alone()
    {
        var before = await EventsAsync();

        using var response = await ImportAsync(Writer, Document(ProducerEvents()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await EventsAsync(), Has.Count.EqualTo(before.Count));
        var newest = await Factory.WithDbAsync(db => db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ItemType == ContentItemType.Batch && v.ItemId == Batch.Id).OrderByDescending(v => v.Number).FirstAsync());
        Assert.That(newest.State, Is.EqualTo(PublicationState.InReview));
        Assert.That(newest.Snapshot, Does.Contain("say-kho"));
    }

    [Test]
    public async Task A_writer_limited_to_another_producer_cannot_import()
    {
        var own = (await Factory.ProductAsync(Batch.ProductId)).ProducerId!.Value;
        var other = await Factory.WithDbAsync(db => db.Producers.Where(p => p.Id != own).Select(p => p.Id).FirstAsync());
        await using var limited = await BackOfficeSession.SignInAsync(Factory, StaffRoles.Writer, [other]);
        var versions = await VersionsAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Document(ProducerEvents()).ToJsonString())), "document", "x.jsonld" },
        };

        // The token comes from a page this writer may open: the batch's own page is "not found" to them.
        using var response = await limited.PostMultipartAsync("/backoffice/lo-hang", form, StampsPage + "?handler=ImportEpcis");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await VersionsAsync(), Is.EqualTo(versions));
        Assert.That(await AuditAsync(), Does.Not.Contain(BatchStampsModel.EpcisImported));
    }

    [Test]
    public async Task An_import_without_the_antiforgery_token_is_refused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Document(ProducerEvents()).ToJsonString())), "document", "x.jsonld" } };

        using var response = await Editor.Client.PostAsync(new Uri(StampsPage + "?handler=ImportEpcis", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await AuditAsync(), Does.Not.Contain(BatchStampsModel.EpcisImported));
    }

    public static IEnumerable<TestCaseData> InvalidDocuments()
    {
        yield return new TestCaseData("not json", "không phải JSON hợp lệ").SetName("A_file_that_is_not_json_is_refused_and_nothing_is_stored");
        yield return new TestCaseData("epcis 1.2", "không phải tài liệu EPCIS 2.0").SetName("A_document_that_is_not_epcis_2_is_refused_and_nothing_is_stored");
        yield return new TestCaseData("no eventTime", "thiếu trường bắt buộc \"eventTime\"").SetName("An_event_without_its_time_is_refused_and_nothing_is_stored");
        yield return new TestCaseData("no action", "thiếu trường bắt buộc \"action\"").SetName("An_object_event_without_its_action_is_refused_and_nothing_is_stored");
        yield return new TestCaseData("other lot", "Sự kiện số 4 không nói về lô hàng này").SetName("A_document_with_an_event_of_another_batch_is_refused_and_nothing_is_stored");
        yield return new TestCaseData("too big", "lớn hơn 8 MB").SetName("A_document_too_big_is_refused_and_nothing_is_stored");
        yield return new TestCaseData("empty", "Chưa chọn tệp").SetName("An_empty_file_is_refused_and_nothing_is_stored");
    }

    [TestCaseSource(nameof(InvalidDocuments))]
    public async Task Invalid_documents_are_refused_whole(string kind, string message)
    {
        var events = ProducerEvents();
        byte[] bytes = kind switch
        {
            "not json" => Encoding.UTF8.GetBytes("<EPCISDocument schemaVersion=\"2.0\"/>"),
            "epcis 1.2" => Encoding.UTF8.GetBytes(With(Document(events), d => d["schemaVersion"] = "1.2").ToJsonString()),
            "no eventTime" => Encoding.UTF8.GetBytes(Document(events[0], With(events[1], e => e.Remove("eventTime"))).ToJsonString()),
            "no action" => Encoding.UTF8.GetBytes(Document(With(events[0], e => e.Remove("action"))).ToJsonString()),
            "other lot" => Encoding.UTF8.GetBytes(Document([.. events, new JsonObject
            {
                ["type"] = "ObjectEvent", ["eventTime"] = "2025-08-04T08:00:00+07:00", ["eventTimeZoneOffset"] = "+07:00", ["action"] = "OBSERVE",
                ["bizStep"] = "receiving", ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = $"https://id.gs1.org/01/{Gtin}/10/KHAC-01" }),
            }]).ToJsonString()),
            "too big" => Encoding.UTF8.GetBytes(With(Document(events), d => d["padding"] = new string(' ', EpcisImport.MaxBytes)).ToJsonString()),
            _ => [],
        };
        var before = await EventsAsync();
        var versions = await VersionsAsync();

        using var response = await ImportAsync(Editor, bytes);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(message).And.Contain("Nothing was imported."));
        Assert.That(await EventsAsync(), Has.Count.EqualTo(before.Count));
        Assert.That(await VersionsAsync(), Is.EqualTo(versions));
        Assert.That(await AuditAsync(), Does.Not.Contain(BatchStampsModel.EpcisImported));
    }

    [Test]
    public async Task An_exported_timeline_imported_into_another_batch_gives_the_same_events_and_exports_valid_epcis()
    {
        // A step the site has no name for must survive the trip and keep the export valid.
        (await ImportAsync(Editor, Document(ProducerEvents()))).Dispose();
        await IssueAsync(3);
        var source = await EventsAsync();
        using var exported = await Editor.Client.GetAsync(new Uri(StampsPage + "?handler=Epcis", UriKind.Relative));
        var text = await exported.Content.ReadAsStringAsync();
        var other = new TraceBatch { Id = Guid.NewGuid(), ProductId = Batch.ProductId, LotCode = "XD2025-09", State = PublicationState.Published, UpdatedAt = DateTimeOffset.UtcNow };
        await Factory.SaveAsync(other);

        // The producer's system follows the same goods as lot XD2025-09: the document names that lot.
        using var response = await ImportAsync(Editor, Encoding.UTF8.GetBytes(text.Replace($"/10/{Lot}", "/10/XD2025-09", StringComparison.Ordinal)), other.Id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var copied = await EventsAsync(other.Id);
        Assert.That(copied.Select(e => (e.Step, e.On, e.Where, e.ByWhom, e.Note, e.BizStep)),
            Is.EqualTo(source.Select(e => (e.Step, e.On, e.Where, e.ByWhom, e.Note, e.BizStep))));
        using var again = await Editor.Client.GetAsync(new Uri(BatchStampsModel.PathOf(other.Id) + "?handler=Epcis", UriKind.Relative));
        var results = EpcisSchema.Evaluate(JsonNode.Parse(await again.Content.ReadAsStringAsync()));
        Assert.That(results.IsValid, Is.True);
    }

    [Test]
    public void Class_urns_name_the_batch_and_commissioning_of_serials_is_left_aside()
    {
        // 0952012 345678 8 as LGTIN: company prefix 9520123, indicator 0 with item reference 45678.
        var reading = EpcisImport.Read(Encoding.UTF8.GetBytes(Document(
            new JsonObject
            {
                ["type"] = "ObjectEvent", ["eventTime"] = "2025-08-02T09:30:00+07:00", ["eventTimeZoneOffset"] = "+07:00", ["action"] = "OBSERVE",
                ["bizStep"] = "inspecting", ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = "urn:epc:class:lgtin:9520123.045678.L1" }),
            },
            new JsonObject
            {
                ["type"] = "ObjectEvent", ["eventTime"] = "2025-08-02T09:30:00+07:00", ["eventTimeZoneOffset"] = "+07:00", ["action"] = "ADD",
                ["bizStep"] = "commissioning", ["epcList"] = new JsonArray("https://id.gs1.org/01/09520123456788/10/L1/21/ABC"),
            }).ToJsonString()), StampLink.OfGtin("09520123456788", "L1"));

        Assert.That(reading.IsRefused, Is.False, reading.Problem);
        Assert.That(reading.Events.Single().Step, Is.EqualTo(TraceStep.Inspecting));
        Assert.That(reading.Skipped, Is.EqualTo(1));
    }
}
