using OcopCatalogue.Core.Search;

namespace OcopCatalogue.Tests.Core.Search;

public sealed class EditDistanceTests
{
    [TestCase("xa", "xa", 0)]
    [TestCase("sa", "xa", 1)]
    [TestCase("thot", "thoot", 1)]
    [TestCase("tra", "tar", 1)]
    [TestCase("mang", "mnag", 1)]
    [TestCase("cau", "", 3)]
    [TestCase("kitten", "sitting", 3)]
    public void Distance_counts_edits_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditDistance.Between(a, b), Is.EqualTo(expected));
            Assert.That(EditDistance.Between(b, a), Is.EqualTo(expected), "symmetric");
        });
    }

    [Test]
    public void Distance_stops_early_beyond_the_limit()
    {
        Assert.That(EditDistance.Between("buoi", "mangcauxiem", limit: 2), Is.EqualTo(3));
    }

    [TestCase(1, 0)]
    [TestCase(2, 1)]
    [TestCase(5, 1)]
    [TestCase(6, 2)]
    public void Short_words_tolerate_fewer_typos(int length, int expected)
    {
        Assert.That(EditDistance.ToleranceFor(length), Is.EqualTo(expected));
    }
}
