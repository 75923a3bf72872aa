using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class TraceCodeTests
{
    [Test]
    public void New_codes_are_well_formed_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => TraceCode.New()).ToList();

        Assert.That(codes, Has.All.Matches<string>(TraceCode.IsWellFormed));
        Assert.That(codes.Distinct().Count(), Is.EqualTo(codes.Count));
    }

    [TestCase("abcdefghjk", true)]
    [TestCase("abcdefghj", false)]
    [TestCase("abcdefghjkm", false)]
    [TestCase("abcdefghj1", false)]
    [TestCase("ABCDEFGHJK", false)]
    [TestCase(null, false)]
    public void Well_formed_codes_use_the_alphabet_at_the_fixed_length(string? code, bool expected)
    {
        Assert.That(TraceCode.IsWellFormed(code), Is.EqualTo(expected));
    }
}
