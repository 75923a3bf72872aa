using System.Globalization;
using System.Text.Json.Nodes;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Epcis;

/// <summary>
/// A batch's trace timeline as an EPCIS 2.0 JSON-LD document, the format national and private traceability
/// platforms exchange: each timeline step an <c>ObjectEvent</c> observing the batch's class (its GS1 Digital Link
/// with the lot, under id.gs1.org; for a product without a GTIN, the site's short-code URL), and each issued print order a commissioning <c>ObjectEvent</c> adding its
/// serialised stamps. Steps without a CBV business step (harvesting, processing) get a URI of the site's own, kept as
/// such by whoever reads it; where, by whom and the note travel as extension fields of the <c>ocop:</c> namespace.
/// </summary>
public static class BatchEpcis
{
    public const string MediaType = "application/ld+json";
    public const string Gs1Context = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    public const string Gs1Resolver = "https://id.gs1.org";

    /// <summary>An issued print order: when it was approved and its serials.</summary>
    public sealed record IssuedOrder(Guid Id, DateTimeOffset IssuedAt, IReadOnlyList<string> Serials);

    /// <summary>The document for the batch of <paramref name="batchLink"/> (its stamp link, without a serial).</summary>
    public static JsonObject Export(StampLink batchLink, TraceBatch batch, IEnumerable<IssuedOrder> orders, string baseUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(batchLink);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var site = baseUrl.TrimEnd('/');
        batchLink = batchLink.WithoutSerial();
        var batchClass = Identifier(batchLink, site);
        var events = new JsonArray();
        foreach (var step in batch.Events)
        {
            var at = new DateTimeOffset(step.On.ToDateTime(TimeOnly.MinValue), VietnamTime.Zone.GetUtcOffset(step.On.ToDateTime(TimeOnly.MinValue)));
            var item = new JsonObject
            {
                ["type"] = "ObjectEvent",
                ["eventTime"] = Time(at),
                ["eventTimeZoneOffset"] = Offset(at),
                ["action"] = "OBSERVE",
            };
            // An imported step the site has no name for goes out as it came in; one imported without any, without.
            if ((step.Step == TraceStep.Other ? step.BizStep : BizStep(step.Step, site)) is { } bizStep)
            {
                item["bizStep"] = bizStep;
            }

            item["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = batchClass });
            AddText(item, "ocop:where", step.Where);
            AddText(item, "ocop:byWhom", step.ByWhom);
            AddText(item, "ocop:note", step.Note);
            events.Add(item);
        }

        foreach (var order in orders)
        {
            var epcs = new JsonArray();
            foreach (var serial in order.Serials)
            {
                epcs.Add(Identifier(batchLink.WithSerial(serial), site));
            }

            events.Add(new JsonObject
            {
                ["type"] = "ObjectEvent",
                ["eventTime"] = Time(order.IssuedAt),
                ["eventTimeZoneOffset"] = Offset(TimeZoneInfo.ConvertTime(order.IssuedAt, VietnamTime.Zone)),
                ["action"] = "ADD",
                ["bizStep"] = "commissioning",
                ["disposition"] = "active",
                ["epcList"] = epcs,
            });
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray(Gs1Context, new JsonObject { ["ocop"] = site + "/epcis/" }),
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = Time(now),
            ["epcisBody"] = new JsonObject { ["eventList"] = events },
        };
    }

    /// <summary>
    /// How a batch or pack is named to other systems: a Digital Link on GS1's resolver for a product with a GTIN; for
    /// one without, the site's own short-code URL (its public address), the only identifier such a product has.
    /// </summary>
    public static string Identifier(StampLink link, string site)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(site);
        return (link.Gtin is not null ? Gs1Resolver : site.TrimEnd('/')) + link.ToPath();
    }

    /// <summary>CBV 2.0's business step where one fits; the site's own URI for the steps CBV does not name.</summary>
    public static string BizStep(TraceStep step, string site) => step switch
    {
        TraceStep.Packing => "packing",
        TraceStep.Inspecting => "inspecting",
        TraceStep.Shipping => "shipping",
        TraceStep.Receiving => "receiving",
        _ => $"{site.TrimEnd('/')}/epcis/bizstep/{step.ToString().ToLowerInvariant()}",
    };

    private static void AddText(JsonObject item, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            item[name] = value;
        }
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string Offset(DateTimeOffset at) => at.ToString("zzz", CultureInfo.InvariantCulture);
}
