using System.Globalization;
using System.Text.Json;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Epcis;

/// <summary>
/// Reads an EPCIS 2.0 JSON-LD document from a producer's system into steps of one batch's timeline: each
/// <c>ObjectEvent</c>, <c>AggregationEvent</c> and <c>TransformationEvent</c> naming the batch (its class or a
/// serialised pack of it, as a GS1 Digital Link on any resolver or as an EPC URN; for a product without a GTIN, the
/// site's short-code URL) becomes a step dated by the
/// event's own local day; a CBV business step the timeline has a name for maps onto it, any other is kept as given
/// (<see cref="TraceStep.Other"/>). The document is judged whole before anything is stored: one event that is
/// malformed or about another batch refuses all of it, because half a timeline imported is worse than none.
/// </summary>
public static class EpcisImport
{
    /// <summary>Largest document taken: a timeline is a few dozen events; the site's own export with 100,000 stamps is under this.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>Most events one document may add to a timeline.</summary>
    public const int MaxEvents = 1_000;

    /// <summary>Nesting deeper than any EPCIS event needs is refused by the parser rather than followed.</summary>
    private const int MaxDepth = 32;

    private static readonly string[] TimelineKinds = ["ObjectEvent", "AggregationEvent", "TransformationEvent"];
    private static readonly string[] OtherKinds = ["TransactionEvent", "AssociationEvent"];
    private static readonly string[] Actions = ["ADD", "OBSERVE", "DELETE"];

    /// <summary>CBV 2.0's business steps (the bare words GS1's schema lists).</summary>
    private static readonly HashSet<string> CbvSteps = new(StringComparer.Ordinal)
    {
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance", "cycle_counting",
        "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting",
        "installing", "killing", "loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing", "replacing",
        "reserving", "retail_selling", "shipping", "staging_outbound", "stock_taking", "stocking", "storing", "transporting", "unloading",
        "unpacking", "void_shipping", "sensor_reporting", "sampling",
    };

    private static readonly string[] CbvPrefixes = ["urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-", "https://gs1.org/voc/BizStep-", "cbv:BizStep-"];

    /// <summary>Identifier fields of the three event kinds that can name the batch.</summary>
    private static readonly string[] EpcFields = ["epcList", "childEPCs", "inputEPCList", "outputEPCList"];
    private static readonly string[] ClassFields = ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"];

    /// <summary>
    /// Reads the document for the batch of <paramref name="batch"/> (its stamp link without a serial): a product with a
    /// GTIN is named by its Digital Link or LGTIN URN, one without by the site's short-code URL (<c>…/t/{code}/10/{lot}</c>).
    /// </summary>
    public static EpcisReading Read(ReadOnlyMemory<byte> document, StampLink batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Lot is null)
        {
            throw new ArgumentException("The batch's link has no lot.", nameof(batch));
        }

        batch = batch.WithoutSerial();
        if (document.Length == 0)
        {
            return EpcisReading.Refused("Epcis.Import.Error.Empty");
        }

        if (document.Length > MaxBytes)
        {
            return EpcisReading.Refused("Epcis.Import.Error.TooBig", MaxBytes / (1024 * 1024));
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(document, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException)
        {
            return EpcisReading.Refused("Epcis.Import.Error.NotJson");
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "EPCISDocument"
                || Text(root, "schemaVersion") is not ("2.0" or "2.0.0") || !root.TryGetProperty("@context", out _))
            {
                return EpcisReading.Refused("Epcis.Import.Error.NotEpcis");
            }

            if (!root.TryGetProperty("epcisBody", out var body) || body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("eventList", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return EpcisReading.Refused("Epcis.Import.Error.Missing", 0, "epcisBody.eventList");
            }

            var events = new List<TraceEventFile>();
            var skipped = 0;
            var number = 0;
            foreach (var item in list.EnumerateArray())
            {
                number++;
                var (step, refusal) = ReadEvent(item, number, batch);
                if (refusal is not null)
                {
                    return refusal;
                }

                if (step is null)
                {
                    skipped++;
                    continue;
                }

                if (events.Count == MaxEvents)
                {
                    return EpcisReading.Refused("Epcis.Import.Error.TooMany", MaxEvents);
                }

                events.Add(step);
            }

            return events.Count == 0 ? EpcisReading.Refused("Epcis.Import.Error.NoEvents") : new EpcisReading(events, skipped);
        }
    }

    /// <summary>
    /// The timeline with the imported steps added in date order (a step on the same day goes after those already
    /// there). A step the timeline already has, field for field, is not added twice, so importing the same
    /// document again changes nothing; the second value is how many were such repeats.
    /// </summary>
    public static (IReadOnlyList<TraceEventFile> Timeline, int Repeats) Merge(IReadOnlyList<TraceEventFile> timeline, IReadOnlyList<TraceEventFile> imported)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(imported);
        var merged = timeline.ToList();
        var repeats = 0;
        foreach (var step in imported)
        {
            if (merged.Contains(step))
            {
                repeats++;
                continue;
            }

            merged.Add(step);
        }

        // A stable sort: steps of one day keep the order they were in.
        return ([.. merged.OrderBy(e => e.On)], repeats);
    }

    /// <summary>A step from one event; (null, null) for an event left aside; a refusal of the whole document.</summary>
    private static (TraceEventFile? Step, EpcisReading? Refusal) ReadEvent(JsonElement item, int number, StampLink batch)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.Missing", number, "type"));
        }

        var kind = Text(item, "type");
        if (kind is null)
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.Missing", number, "type"));
        }

        if (OtherKinds.Contains(kind))
        {
            // Business transactions and associations say nothing a timeline shows.
            return (null, null);
        }

        if (!TimelineKinds.Contains(kind))
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.UnknownKind", number, kind));
        }

        if (Text(item, "eventTime") is not { } timeText)
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.Missing", number, "eventTime"));
        }

        if (Text(item, "eventTimeZoneOffset") is not { } offsetText)
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.Missing", number, "eventTimeZoneOffset"));
        }

        if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            || !TryOffset(offsetText, out var offset))
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.BadTime", number));
        }

        if (kind != "TransformationEvent")
        {
            if (Text(item, "action") is not { } action)
            {
                return (null, EpcisReading.Refused("Epcis.Import.Error.Missing", number, "action"));
            }

            if (!Actions.Contains(action))
            {
                return (null, EpcisReading.Refused("Epcis.Import.Error.BadValue", number, "action"));
            }
        }

        var (ofBatch, serialised) = Names(item, batch);
        if (!ofBatch)
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.NotThisBatch", number));
        }

        var bizStep = item.TryGetProperty("bizStep", out var stepValue) ? stepValue.ValueKind == JsonValueKind.String ? stepValue.GetString() : "" : null;
        var cbv = bizStep is null ? null : CbvWord(bizStep);
        if (bizStep is not null && cbv is null && !Uri.TryCreate(bizStep, UriKind.Absolute, out _))
        {
            return (null, EpcisReading.Refused("Epcis.Import.Error.BadValue", number, "bizStep"));
        }

        if (cbv == "commissioning" && serialised)
        {
            // Stamps are issued by the site's own print orders (this site's export lists them so); an import never
            // adds serials to the registry nor a step for them.
            return (null, null);
        }

        var (step, kept) = Step(bizStep, cbv);
        var where = Text(item, "ocop:where") ?? Id(item, "bizLocation") ?? Id(item, "readPoint");
        var byWhom = Text(item, "ocop:byWhom");
        var note = Text(item, "ocop:note");
        foreach (var (field, value, limit) in new[]
        {
            ("ocop:where", where, TraceBatchRules.MaxEventWhereLength), ("ocop:byWhom", byWhom, TraceBatchRules.MaxEventByWhomLength),
            ("ocop:note", note, TraceBatchRules.MaxEventNoteLength), ("bizStep", kept, TraceBatchRules.MaxEventBizStepLength),
        })
        {
            if (value is not null && value.Length > limit)
            {
                return (null, EpcisReading.Refused("Epcis.Import.Error.TooLong", number, field, limit));
            }
        }

        return (new TraceEventFile
        {
            Step = step,
            On = DateOnly.FromDateTime(at.ToOffset(offset).DateTime),
            Where = Blank(where),
            ByWhom = Blank(byWhom),
            Note = Blank(note),
            BizStep = kept,
        }, null);
    }

    /// <summary>The timeline's step for a business step, and what is kept of it when the timeline has no name for it.</summary>
    private static (TraceStep Step, string? Kept) Step(string? bizStep, string? cbv)
    {
        switch (cbv)
        {
            case "packing":
                return (TraceStep.Packing, null);
            case "inspecting":
                return (TraceStep.Inspecting, null);
            case "shipping":
                return (TraceStep.Shipping, null);
            case "receiving":
                return (TraceStep.Receiving, null);
            case not null:
                return (TraceStep.Other, cbv);
        }

        // The steps CBV does not name, as this site (or another OCOP site) exports them: {site}/epcis/bizstep/{step}.
        const string OwnSteps = "/epcis/bizstep/";
        if (bizStep is not null && Uri.TryCreate(bizStep, UriKind.Absolute, out var uri) && uri.AbsolutePath.LastIndexOf(OwnSteps, StringComparison.Ordinal) is var at and >= 0)
        {
            var name = uri.AbsolutePath[(at + OwnSteps.Length)..];
            if (name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<TraceStep>(name, ignoreCase: true, out var own) && own != TraceStep.Other)
            {
                return (own, null);
            }
        }

        return (TraceStep.Other, bizStep);
    }

    /// <summary>The CBV word of a business step given bare, as a URN or as GS1's web vocabulary; null for any other.</summary>
    private static string? CbvWord(string bizStep)
    {
        foreach (var prefix in CbvPrefixes)
        {
            if (bizStep.StartsWith(prefix, StringComparison.Ordinal))
            {
                var word = bizStep[prefix.Length..];
                return CbvSteps.Contains(word) ? word : null;
            }
        }

        return CbvSteps.Contains(bizStep) ? bizStep : null;
    }

    /// <summary>Whether any identifier of the event is this batch (its class or a pack of it), and whether one is a serialised pack.</summary>
    private static (bool OfBatch, bool Serialised) Names(JsonElement item, StampLink batch)
    {
        var identifiers = new List<string>();
        foreach (var field in EpcFields)
        {
            if (item.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                identifiers.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }
        }

        foreach (var field in ClassFields)
        {
            if (item.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                identifiers.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => Text(e, "epcClass")).OfType<string>());
            }
        }

        if (Text(item, "parentID") is { } parent)
        {
            identifiers.Add(parent);
        }

        var ofBatch = false;
        var serialised = false;
        foreach (var identifier in identifiers)
        {
            if (Link(identifier) is { } link && link.ProductPath == batch.ProductPath && link.Lot == batch.Lot)
            {
                ofBatch = true;
                serialised |= link.Serial is not null;
            }
        }

        return (ofBatch, serialised);
    }

    /// <summary>
    /// A GS1 Digital Link on any resolver, an LGTIN class URN (<c>urn:epc:class:lgtin:{prefix}.{indicator+item}.{lot}</c>),
    /// or a short-code URL (<c>…/t/{code}/10/{lot}</c>) under any host and path: the code is the site's own and random,
    /// so where the document found the URL does not matter.
    /// </summary>
    private static StampLink? Link(string identifier)
    {
        const string Lgtin = "urn:epc:class:lgtin:";
        if (identifier.StartsWith(Lgtin, StringComparison.Ordinal))
        {
            var parts = identifier[Lgtin.Length..].Split('.', 3);
            if (parts.Length != 3 || parts[1].Length == 0 || parts[0].Length + parts[1].Length != 13)
            {
                return null;
            }

            var digits = parts[1][0] + parts[0] + parts[1][1..];
            if (!digits.All(char.IsAsciiDigit))
            {
                return null;
            }

            var gtin = digits + Gtin.CheckDigit(digits).ToString(CultureInfo.InvariantCulture);
            return StampLink.Parse($"/01/{gtin}/10/{parts[2]}", out _);
        }

        if (!Uri.TryCreate(identifier, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return null;
        }

        // A site published under a path (https://example.gov.vn/ocop) has its short codes below it.
        var path = uri.AbsolutePath;
        var shortCode = path.IndexOf(StampLink.ShortCodePrefix, StringComparison.Ordinal);
        return StampLink.Parse(shortCode > 0 ? path[shortCode..] : path, out _);
    }

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':'
            || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Id(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? Text(value, "id") : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
