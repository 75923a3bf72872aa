using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Tests.Core.Certification;

public sealed class StarBandsTests
{
    [TestCase("49.99", null)]
    [TestCase("0", null)]
    [TestCase("50", StarRating.Three)]
    [TestCase("54.54", StarRating.Three)]
    [TestCase("69.99", StarRating.Three)]
    [TestCase("70", StarRating.Four)]
    [TestCase("84.5", StarRating.Four)]
    [TestCase("89.99", StarRating.Four)]
    [TestCase("90", StarRating.Five)]
    [TestCase("100", StarRating.Five)]
    public void Score_falls_in_its_star_band(string score, StarRating? expected)
    {
        Assert.That(StarBands.FromScore(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [TestCase("-1")]
    [TestCase("-0.01")]
    [TestCase("100.01")]
    [TestCase("101")]
    public void Score_outside_0_to_100_is_rejected_with_a_clear_error(string score)
    {
        var value = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StarBands.FromScore(value));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("score"));
            Assert.That(error.Message, Does.Contain("between 0 and 100"));
            Assert.That(StarBands.IsValid(value), Is.False);
        });
    }
}
