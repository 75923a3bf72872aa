using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class StampSerialTests
{
    [Test]
    public void A_serial_has_at_least_fifty_bits_from_an_alphabet_without_look_alikes()
    {
        Assert.That(StampSerial.Bits, Is.GreaterThanOrEqualTo(50));
        Assert.That(StampSerial.Alphabet.Distinct().Count(), Is.EqualTo(1 << StampSerial.BitsPerSymbol));
        Assert.That(StampSerial.Alphabet, Does.Not.Contain('0').And.Not.Contain('O').And.Not.Contain('1').And.Not.Contain('I'));
    }

    [Test]
    public void A_drawn_serial_is_a_valid_gs1_serial()
    {
        foreach (var value in StampSerial.Draw(1000))
        {
            var serial = StampSerial.FromValue(value);
            Assert.That(serial, Has.Length.EqualTo(StampSerial.Length).And.Length.LessThanOrEqualTo(DigitalLink.MaxQualifierLength));
            Assert.That(DigitalLink.QualifierProblem("serial", serial), Is.Null);
        }
    }

    [Test]
    public void A_serial_packs_into_a_long_and_back_unchanged()
    {
        foreach (var value in StampSerial.Draw(10_000).Append(0).Append((1L << StampSerial.Bits) - 1))
        {
            var serial = StampSerial.FromValue(value);
            Assert.That(StampSerial.TryParse(serial, out var parsed), Is.True, serial);
            Assert.That(parsed, Is.EqualTo(value));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ABCDEFGHJK")]
    [TestCase("ABCDEFGHJKMN")]
    [TestCase("ABCDEFGHJK0")]
    [TestCase("ABCDEFGHJKO")]
    [TestCase("abcdefghjkm")]
    [TestCase("ABCDEFGHJKĐ")]
    [TestCase("anything")]
    public void A_serial_that_could_not_have_been_issued_does_not_parse(string? serial)
    {
        Assert.That(StampSerial.TryParse(serial, out _), Is.False);
    }

    [Test]
    public void A_million_drawn_serials_are_all_different()
    {
        var drawn = StampSerial.Draw(1_000_000);

        Assert.That(drawn, Has.Length.EqualTo(1_000_000));
        Assert.That(new HashSet<long>(drawn), Has.Count.EqualTo(1_000_000));
        Assert.That(drawn.Select(StampSerial.FromValue).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(1_000_000));
    }

    [Test]
    public void Serials_drawn_for_a_batch_avoid_those_it_has()
    {
        var first = StampSerial.Draw(50_000).ToHashSet();

        var second = StampSerial.Draw(50_000, first);

        Assert.That(second.Any(first.Contains), Is.False);
    }

    [Test]
    public void Serials_are_not_in_sequence()
    {
        var drawn = StampSerial.Draw(1000);

        // Sequential or low-entropy serials would sit close together; random 55-bit ones almost never share their top 20 bits.
        Assert.That(drawn.Select(v => v >> 35).Distinct().Count(), Is.GreaterThan(990));
    }
}
