using OcopCatalogue.Core.Search;

namespace OcopCatalogue.Tests.Core.Search;

public sealed class SearchTermsTests
{
    [Test]
    public void Words_are_folded_and_originals_kept_for_accent_ranking()
    {
        var terms = SearchTerms.Parse("Dâu TẰM");

        Assert.Multiple(() =>
        {
            Assert.That(terms.Words, Is.EqualTo(new[] { "dau", "tam" }));
            Assert.That(terms.OriginalWords, Is.EqualTo(new[] { "dâu", "tằm" }));
            Assert.That(terms.LastWordIsPartial, Is.True);
        });
    }

    [TestCase("\"tra\" NEAR(xa den) AND OR *", new[] { "tra", "near", "xa", "den", "and", "or" })]
    [TestCase("'; DROP TABLE docs; --", new[] { "drop", "table", "docs" })]
    [TestCase("trà 🍵 xạ 茶 đen", new[] { "tra", "xa", "den" })]
    [TestCase("   ", new string[0])]
    [TestCase("🍵🍵", new string[0])]
    public void Syntax_symbols_and_other_scripts_never_reach_the_index(string input, string[] expected)
    {
        Assert.That(SearchTerms.Parse(input).Words, Is.EqualTo(expected));
    }

    [Test]
    public void Very_long_input_is_cut_to_a_few_bounded_words()
    {
        var terms = SearchTerms.Parse(new string('a', 1000) + " " + string.Join(' ', Enumerable.Repeat("tra", 50)));

        Assert.Multiple(() =>
        {
            Assert.That(terms.Words, Has.Count.LessThanOrEqualTo(SearchTerms.MaxWords));
            Assert.That(terms.Words.All(w => w.Length <= SearchTerms.MaxWordLength), Is.True);
        });
    }

    [Test]
    public void Trailing_space_means_the_last_word_is_complete()
    {
        Assert.That(SearchTerms.Parse("bo de ").LastWordIsPartial, Is.False);
    }

    [Test]
    public void Decomposed_accents_stay_with_their_word()
    {
        var decomposed = "thốt nốt".Normalize(System.Text.NormalizationForm.FormD);

        Assert.That(SearchTerms.Parse(decomposed).Words, Is.EqualTo(new[] { "thot", "not" }));
    }
}
