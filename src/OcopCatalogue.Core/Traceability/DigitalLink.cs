using System.Text;

namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// A GS1 Digital Link URI path for a trade item: <c>/01/{gtin}</c>, optionally qualified by a batch or lot
/// (<c>/10/{lot}</c>) and a serial number (<c>/21/{serial}</c>), in that order. The GTIN is kept in its 14-digit form.
/// </summary>
public sealed record DigitalLink
{
    /// <summary>GS1 allows batch/lot numbers and serial numbers of up to 20 characters.</summary>
    public const int MaxQualifierLength = 20;

    public DigitalLink(string gtin, string? lot = null, string? serial = null)
    {
        Gtin = Traceability.Gtin.Normalise(gtin, out var reason) ?? throw new ArgumentException(reason, nameof(gtin));
        if (lot is not null && QualifierProblem("lot", lot) is { } lotProblem)
        {
            throw new ArgumentException(lotProblem, nameof(lot));
        }

        if (serial is not null && QualifierProblem("serial", serial) is { } serialProblem)
        {
            throw new ArgumentException(serialProblem, nameof(serial));
        }

        Lot = lot;
        Serial = serial;
    }

    /// <summary>The GTIN in 14 digits.</summary>
    public string Gtin { get; }

    public string? Lot { get; }

    public string? Serial { get; }

    /// <summary>
    /// The canonical path: 14-digit GTIN, qualifiers in GS1's order, and every character outside the URI's
    /// unreserved set percent-encoded, so the path survives any URL handling unchanged.
    /// </summary>
    public string ToPath()
    {
        var path = new StringBuilder("/01/").Append(Gtin);
        if (Lot is not null)
        {
            path.Append("/10/").Append(Encode(Lot));
        }

        if (Serial is not null)
        {
            path.Append("/21/").Append(Encode(Serial));
        }

        return path.ToString();
    }

    /// <summary>The product's own path, without lot or serial.</summary>
    public string ProductPath => "/01/" + Gtin;

    public override string ToString() => ToPath();

    /// <summary>
    /// Parses a path (no scheme, host or query string) such as <c>/01/09520123456788/10/LOT%2F7</c>. Returns null and
    /// the reason when the path is not a GS1 Digital Link for a trade item this site understands.
    /// </summary>
    public static DigitalLink? Parse(string? path, out string? reason)
    {
        if (string.IsNullOrEmpty(path))
        {
            reason = "the path is empty.";
            return null;
        }

        if (path[0] != '/')
        {
            reason = "the path does not start with '/'.";
            return null;
        }

        var segments = path[1..].Split('/');
        if (segments.Length % 2 != 0)
        {
            reason = "the path does not consist of pairs of application identifier and value.";
            return null;
        }

        if (segments[0] != "01")
        {
            reason = $"the path starts with '{segments[0]}', not the GTIN identifier 01.";
            return null;
        }

        var gtin = Traceability.Gtin.Normalise(segments[1], out reason);
        if (gtin is null)
        {
            return null;
        }

        reason = ReadQualifiers(segments, 2, out var lot, out var serial);
        return reason is null ? new DigitalLink(gtin, lot, serial) : null;
    }

    /// <summary>
    /// Reads the qualifier pairs from <paramref name="start"/> on: a lot (10) and a serial (21), each at most once,
    /// the lot first, each percent-decoded and within <see cref="QualifierProblem"/>. Shared with the short-code form
    /// (<see cref="StampLink"/>), so both paths take the same values. Null, or the reason they are not allowed.
    /// </summary>
    internal static string? ReadQualifiers(string[] segments, int start, out string? lot, out string? serial)
    {
        lot = null;
        serial = null;
        string? reason;
        for (var i = start; i < segments.Length; i += 2)
        {
            var (ai, raw) = (segments[i], segments[i + 1]);
            var value = Decode(raw);
            if (value is null)
            {
                return $"the value '{raw}' is not correctly percent-encoded UTF-8.";
            }

            switch (ai)
            {
                case "10" when lot is null && serial is null:
                    lot = value;
                    reason = QualifierProblem("lot", value);
                    break;
                case "21" when serial is null:
                    serial = value;
                    reason = QualifierProblem("serial", value);
                    break;
                case "10" or "21":
                    reason = $"identifier {ai} is repeated or out of order; GS1 puts the lot (10) before the serial (21), each once.";
                    break;
                default:
                    reason = $"identifier '{ai}' is not a lot (10) or serial (21) qualifier of a GTIN.";
                    break;
            }

            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Why a lot or serial value is not allowed by GS1 (AI 10 and 21: 1 to 20 characters of set 82), or null.</summary>
    public static string? QualifierProblem(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return $"the {name} is empty.";
        }

        if (value.Length > MaxQualifierLength)
        {
            return $"the {name} has {value.Length} characters; GS1 allows at most {MaxQualifierLength}.";
        }

        var bad = value.FirstOrDefault(c => !IsInCharacterSet82(c));
        return bad == default ? null : $"the {name} holds '{bad}', which is not in GS1's character set 82.";
    }

    /// <summary>GS1 AI encodable character set 82: the printable ASCII characters except space, # $ @ [ \ ] ^ ` { | } ~.</summary>
    public static bool IsInCharacterSet82(char c) =>
        c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or '!' or '"' or '%' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or '-' or '.' or '/'
            or ':' or ';' or '<' or '=' or '>' or '?' or '_';

    /// <summary>Every character outside the URI's unreserved set percent-encoded.</summary>
    internal static string Encode(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>Percent-decoding that refuses broken escapes and invalid UTF-8 instead of guessing.</summary>
    private static string? Decode(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%')
            {
                if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c > 0x7F)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
