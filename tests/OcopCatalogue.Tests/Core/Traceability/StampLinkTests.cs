using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class StampLinkTests
{
    private const string Code = "k7m2p9x4qz";
    private const string Gtin = "09520123456788";

    [TestCase("/t/k7m2p9x4qz", null, null)]
    [TestCase("/t/k7m2p9x4qz/10/XD2025-07", "XD2025-07", null)]
    [TestCase("/t/k7m2p9x4qz/10/XD2025-07/21/23456789ABC", "XD2025-07", "23456789ABC")]
    [TestCase("/t/k7m2p9x4qz/10/AB%2F12", "AB/12", null)]
    [TestCase("/t/k7m2p9x4qz/10/12345678901234567890", "12345678901234567890", null)]
    [TestCase("/t/k7m2p9x4qz/10/a!%22%25&'()*+,-.:;%3C=%3E%3F_", "a!\"%&'()*+,-.:;<=>?_", null)]
    public void Short_code_paths_take_the_lot_and_serial_as_a_Digital_Link_does(string path, string? lot, string? serial)
    {
        var link = StampLink.Parse(path, out var reason);

        Assert.That(reason, Is.Null);
        Assert.That(link, Is.EqualTo(StampLink.OfTraceCode(Code, lot, serial)));
        Assert.That(link!.Gtin, Is.Null);
        Assert.That(link.TraceCode, Is.EqualTo(Code));
    }

    [TestCase("/t/", "trace code")]
    [TestCase("/t/k7m2p9x4q", "trace code")]
    [TestCase("/t/K7M2P9X4QZ", "trace code")]
    [TestCase("/t/k7m2p9x4q0", "trace code")]
    [TestCase("/t/..%2F..%2Fx", "trace code")]
    [TestCase("/t/k7m2p9x4qz/10", "pairs")]
    [TestCase("/t/k7m2p9x4qz/10/", "lot is empty")]
    [TestCase("/t/k7m2p9x4qz/10/123456789012345678901", "21 characters")]
    [TestCase("/t/k7m2p9x4qz/10/AB%2", "percent-encoded")]
    [TestCase("/t/k7m2p9x4qz/10/%FF", "percent-encoded")]
    [TestCase("/t/k7m2p9x4qz/10/A%20B", "character set 82")]
    [TestCase("/t/k7m2p9x4qz/10/L1/10/L2", "repeated or out of order")]
    [TestCase("/t/k7m2p9x4qz/21/S1/10/L1", "repeated or out of order")]
    [TestCase("/t/k7m2p9x4qz/17/250101", "not a lot (10) or serial (21)")]
    [TestCase("/t/k7m2p9x4qz/10/L1/21/S1/x", "pairs")]
    [TestCase("/t", "pairs")]
    public void Malformed_short_code_paths_are_refused_with_a_reason(string path, string expected)
    {
        var link = StampLink.Parse(path, out var reason);

        Assert.That(link, Is.Null);
        Assert.That(reason, Does.Contain(expected));
    }

    [Test]
    public void Digital_Link_paths_parse_as_the_Digital_Link_does()
    {
        var link = StampLink.Parse("/01/9520123456788/10/L7/21/S9", out var reason);

        Assert.That(reason, Is.Null);
        Assert.That(link, Is.EqualTo(StampLink.OfGtin(Gtin, "L7", "S9")));
        Assert.That(link!.TraceCode, Is.Null);
        Assert.That(StampLink.Parse("/01/9520123456789", out reason), Is.Null);
        Assert.That(reason, Does.Contain("check digit"));
    }

    [Test]
    public void Paths_are_formed_with_the_Digital_Links_percent_encoding()
    {
        Assert.That(StampLink.OfTraceCode(Code, "A/7?").ToPath(), Is.EqualTo($"/t/{Code}/10/A%2F7%3F"));
        Assert.That(StampLink.OfTraceCode(Code, "A/7", "S1").ToPath(), Is.EqualTo(new DigitalLink(Gtin, "A/7", "S1").ToPath().Replace("/01/" + Gtin, "/t/" + Code, StringComparison.Ordinal)));
        Assert.That(StampLink.OfTraceCode(Code, "L1").WithSerial("23456789ABC").ToPath(), Is.EqualTo($"/t/{Code}/10/L1/21/23456789ABC"));
        Assert.That(StampLink.OfTraceCode(Code, "L1", "S").WithoutSerial().ToPath(), Is.EqualTo($"/t/{Code}/10/L1"));
        Assert.That(StampLink.OfTraceCode(Code, "L1").ProductPath, Is.EqualTo("/t/" + Code));
    }

    [TestCase("A/7")]
    [TestCase("a!\"%&'()*+,-.:;<=>?_")]
    [TestCase("12345678901234567890")]
    public void A_formed_path_parses_back_to_the_same_link(string lot)
    {
        var link = StampLink.OfTraceCode(Code, lot, "23456789ABC");

        Assert.That(StampLink.Parse(link.ToPath(), out _), Is.EqualTo(link));
    }

    [Test]
    public void A_product_with_a_GTIN_is_a_Digital_Link_and_one_without_gets_its_short_code()
    {
        Assert.That(StampLink.Of(Gtin, Code, "L1")?.ToPath(), Is.EqualTo($"/01/{Gtin}/10/L1"));
        Assert.That(StampLink.Of(null, Code, "L1", "S1")?.ToPath(), Is.EqualTo($"/t/{Code}/10/L1/21/S1"));
        Assert.That(StampLink.Of("123", Code, "L1")?.ToPath(), Is.EqualTo($"/t/{Code}/10/L1"), "an invalid GTIN is no GTIN");
        Assert.That(StampLink.Of(null, "NOT-A-CODE", "L1"), Is.Null);
        Assert.That(StampLink.Of(null, null, "L1"), Is.Null);
        Assert.That(StampLink.Of(null, Code, "A B"), Is.Null, "a lot outside GS1's set");
        Assert.That(StampLink.Of(null, Code, "L1", new string('S', 21)), Is.Null, "a serial too long");
    }

    [Test]
    public void Malformed_codes_and_qualifiers_cannot_be_made_into_links()
    {
        Assert.Throws<ArgumentException>(() => StampLink.OfTraceCode("k7m2p9x4q0"));
        Assert.Throws<ArgumentException>(() => StampLink.OfTraceCode(Code, "A B"));
        Assert.Throws<ArgumentException>(() => StampLink.OfTraceCode(Code, "L1").WithSerial(""));
    }
}
