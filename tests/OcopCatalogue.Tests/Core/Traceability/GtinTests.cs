using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class GtinTests
{
    [TestCase("952012345678", 8)]
    [TestCase("01234567890", 5)]
    [TestCase("9520000", 2)]
    [TestCase("1952012345678", 5)]
    public void Check_digit_follows_the_gs1_mod_10_weights(string data, int expected)
    {
        Assert.That(Gtin.CheckDigit(data), Is.EqualTo(expected));
    }

    [Test]
    public void Gtin_8_12_13_and_14_forms_of_one_number_normalise_alike()
    {
        Assert.That(Gtin.Normalise("012345678905", out _), Is.EqualTo(Gtin.Normalise("0012345678905", out _)));
        Assert.That(Gtin.Normalise("00012345678905", out _), Is.EqualTo("00012345678905"));
    }

    [TestCase("9520123456789")]
    [TestCase("952012345678")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("９５２０１２３４５６７８８")]
    public void Invalid_gtins_are_not_valid(string? text)
    {
        Assert.That(Gtin.IsValid(text), Is.False);
    }
}
