namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// The path a stamp encodes, in either of its two forms. A product with a GTIN has a GS1 Digital Link
/// (<c>/01/{gtin}[/10/{lot}[/21/{serial}]]</c>, see <see cref="DigitalLink"/>); one without has its short code with
/// the same qualifiers after it (<c>/t/{code}[/10/{lot}[/21/{serial}]]</c>), so a batch and a serialised pack read
/// alike whichever form the product has: the lot and serial within the same GS1 rules and percent-encoded the same way.
/// Exactly one of <see cref="Gtin"/> and <see cref="TraceCode"/> is set.
/// </summary>
public sealed record StampLink
{
    /// <summary>The first segment of the short-code form.</summary>
    public const string ShortCodePrefix = "/t/";

    private StampLink(string? gtin, string? traceCode, string? lot, string? serial)
    {
        if (lot is not null && DigitalLink.QualifierProblem("lot", lot) is { } lotProblem)
        {
            throw new ArgumentException(lotProblem, nameof(lot));
        }

        if (serial is not null && DigitalLink.QualifierProblem("serial", serial) is { } serialProblem)
        {
            throw new ArgumentException(serialProblem, nameof(serial));
        }

        Gtin = gtin;
        TraceCode = traceCode;
        Lot = lot;
        Serial = serial;
    }

    /// <summary>The GTIN in 14 digits, for the Digital Link form; null in the short-code form.</summary>
    public string? Gtin { get; }

    /// <summary>The product's short code (<see cref="Traceability.TraceCode"/>), for the short-code form; null in the Digital Link form.</summary>
    public string? TraceCode { get; }

    public string? Lot { get; }

    public string? Serial { get; }

    /// <summary>A GS1 Digital Link; throws as <see cref="DigitalLink"/> does on a GTIN, lot or serial it refuses.</summary>
    public static StampLink OfGtin(string gtin, string? lot = null, string? serial = null)
    {
        var link = new DigitalLink(gtin, lot, serial);
        return new StampLink(link.Gtin, null, lot, serial);
    }

    /// <summary>The short-code form; throws on a malformed code, lot or serial.</summary>
    public static StampLink OfTraceCode(string code, string? lot = null, string? serial = null) =>
        Traceability.TraceCode.IsWellFormed(code)
            ? new StampLink(null, code, lot, serial)
            : throw new ArgumentException($"'{code}' is not a trace code.", nameof(code));

    /// <summary>
    /// A product's stamp link: its Digital Link when its GTIN is valid, else its short code when well formed; with the
    /// lot and serial given. Null when the product has neither or the lot or serial break GS1's rules.
    /// </summary>
    public static StampLink? Of(string? gtin, string? traceCode, string? lot = null, string? serial = null)
    {
        if ((lot is not null && DigitalLink.QualifierProblem("lot", lot) is not null)
            || (serial is not null && DigitalLink.QualifierProblem("serial", serial) is not null))
        {
            return null;
        }

        return gtin is not null && Traceability.Gtin.IsValid(gtin) ? OfGtin(gtin, lot, serial)
            : Traceability.TraceCode.IsWellFormed(traceCode) ? new StampLink(null, traceCode, lot, serial)
            : null;
    }

    /// <summary>The same product and lot with a serial.</summary>
    public StampLink WithSerial(string serial) => new(Gtin, TraceCode, Lot, serial);

    /// <summary>The same product and lot without a serial: the batch's own link.</summary>
    public StampLink WithoutSerial() => new(Gtin, TraceCode, Lot, null);

    /// <summary>The product's own path, without lot or serial: <c>/01/{gtin}</c> or <c>/t/{code}</c>.</summary>
    public string ProductPath => Gtin is not null ? "/01/" + Gtin : ShortCodePrefix + TraceCode;

    /// <summary>The canonical path: the product's, then <c>/10/{lot}</c> and <c>/21/{serial}</c>, percent-encoded as in a Digital Link.</summary>
    public string ToPath()
    {
        var path = ProductPath;
        if (Lot is not null)
        {
            path += "/10/" + DigitalLink.Encode(Lot);
        }

        if (Serial is not null)
        {
            path += "/21/" + DigitalLink.Encode(Serial);
        }

        return path;
    }

    public override string ToString() => ToPath();

    /// <summary>
    /// Parses a path (no scheme, host or query string) in either form, such as <c>/01/09520123456788/10/LOT%2F7</c> or
    /// <c>/t/k7m2p9x4qz/10/LOT%2F7/21/23456789ABC</c>. Returns null and the reason for anything else.
    /// </summary>
    public static StampLink? Parse(string? path, out string? reason)
    {
        if (path is null || !path.StartsWith(ShortCodePrefix, StringComparison.Ordinal))
        {
            return DigitalLink.Parse(path, out reason) is { } link ? new StampLink(link.Gtin, null, link.Lot, link.Serial) : null;
        }

        var segments = path[1..].Split('/');
        if (segments.Length % 2 != 0)
        {
            reason = "the path does not consist of pairs of identifier and value.";
            return null;
        }

        if (!Traceability.TraceCode.IsWellFormed(segments[1]))
        {
            reason = $"'{segments[1]}' is not a trace code of {Traceability.TraceCode.Length} characters of its alphabet.";
            return null;
        }

        reason = DigitalLink.ReadQualifiers(segments, 2, out var lot, out var serial);
        return reason is null ? new StampLink(null, segments[1], lot, serial) : null;
    }
}
