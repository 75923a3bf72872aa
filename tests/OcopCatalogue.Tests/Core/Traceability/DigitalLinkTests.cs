using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class DigitalLinkTests
{
    [TestCase("/01/09520123456788", "09520123456788", null, null)]
    [TestCase("/01/9520123456788", "09520123456788", null, null)]
    [TestCase("/01/012345678905", "00012345678905", null, null)]
    [TestCase("/01/95200002", "00000095200002", null, null)]
    [TestCase("/01/19520123456785", "19520123456785", null, null)]
    [TestCase("/01/9520123456788/10/LOT2025-01", "09520123456788", "LOT2025-01", null)]
    [TestCase("/01/9520123456788/21/SN0001", "09520123456788", null, "SN0001")]
    [TestCase("/01/9520123456788/10/L7/21/S9", "09520123456788", "L7", "S9")]
    [TestCase("/01/9520123456788/10/AB%2F12", "09520123456788", "AB/12", null)]
    [TestCase("/01/9520123456788/10/12345678901234567890", "09520123456788", "12345678901234567890", null)]
    [TestCase("/01/9520123456788/10/a!%22%25&'()*+,-.:;%3C=%3E%3F_", "09520123456788", "a!\"%&'()*+,-.:;<=>?_", null)]
    public void Valid_paths_parse_to_a_fourteen_digit_gtin_and_decoded_qualifiers(string path, string gtin, string? lot, string? serial)
    {
        var link = DigitalLink.Parse(path, out var reason);

        Assert.That(reason, Is.Null);
        Assert.That(link, Is.EqualTo(new DigitalLink(gtin, lot, serial)));
    }

    [TestCase(null, "empty")]
    [TestCase("", "empty")]
    [TestCase("01/9520123456788", "does not start")]
    [TestCase("/01/9520123456789", "check digit")]
    [TestCase("/01/09520123456787", "check digit")]
    [TestCase("/01/952012345678", "check digit")]
    [TestCase("/01/95201234567", "11 digits")]
    [TestCase("/01/952012345678811", "15 digits")]
    [TestCase("/01/", "empty")]
    [TestCase("/01/95201234567a8", "digits 0-9")]
    [TestCase("/01/%39520123456788", "digits 0-9")]
    [TestCase("/01/9520123456788/10", "pairs")]
    [TestCase("/01/9520123456788/10/", "lot is empty")]
    [TestCase("/01/9520123456788/10/123456789012345678901", "21 characters")]
    [TestCase("/01/9520123456788/10/AB%2", "percent-encoded")]
    [TestCase("/01/9520123456788/10/AB%zz", "percent-encoded")]
    [TestCase("/01/9520123456788/10/%C3%28", "percent-encoded")]
    [TestCase("/01/9520123456788/10/l%C3%B4", "character set 82")]
    [TestCase("/01/9520123456788/10/A%23B", "character set 82")]
    [TestCase("/01/9520123456788/10/A%20B", "character set 82")]
    [TestCase("/01/9520123456788/21/S9/10/L7", "out of order")]
    [TestCase("/01/9520123456788/10/L7/10/L8", "out of order")]
    [TestCase("/01/9520123456788/17/251231", "not a lot (10) or serial (21)")]
    [TestCase("/00/095201234567891231", "not the GTIN identifier")]
    [TestCase("/gtin/9520123456788", "not the GTIN identifier")]
    [TestCase("/01/9520123456788//", "identifier ''")]
    public void Malformed_paths_are_refused_with_a_reason(string? path, string expectedReason)
    {
        var link = DigitalLink.Parse(path, out var reason);

        Assert.That(link, Is.Null);
        Assert.That(reason, Does.Contain(expectedReason));
    }

    [Test]
    public void Formatting_writes_fourteen_digits_and_percent_encodes_qualifiers()
    {
        var link = new DigitalLink("9520123456788", "AB/1+2", "S:9");

        Assert.That(link.ToPath(), Is.EqualTo("/01/09520123456788/10/AB%2F1%2B2/21/S%3A9"));
    }

    [TestCase("/01/09520123456788")]
    [TestCase("/01/09520123456788/10/L%2F7%25")]
    [TestCase("/01/09520123456788/10/L-7/21/S_9.a")]
    public void Canonical_paths_round_trip(string path)
    {
        Assert.That(DigitalLink.Parse(path, out _)?.ToPath(), Is.EqualTo(path));
    }

    [Test]
    public void A_lot_outside_the_character_set_cannot_be_built()
    {
        Assert.That(() => new DigitalLink("9520123456788", "lô 1"), Throws.ArgumentException);
    }
}
