using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Search;

public sealed class HighlightedTextTests
{
    [TestCase("Mứt dâu tằm", "dau tam", "Mứt [dâu tằm]")]
    [TestCase("Trà Xạ đen", "tra xa den", "[Trà Xạ đen]")]
    [TestCase("Trà túi lọc xạ đen", "xa den", "Trà túi lọc [xạ đen]")]
    [TestCase("Trà Xạ đen", "tra x", "[Trà Xạ] đen")]
    [TestCase("Đông trùng hạ thảo", "dong", "[Đông] trùng hạ thảo")]
    [TestCase("Dâu, tằm", "dau tam", "[Dâu], [tằm]")]
    [TestCase("Bưởi da xanh", "tra", "Bưởi da xanh")]
    [TestCase("Thốt nốt đóng lon", "not", "Thốt [nốt] đóng lon")]
    public void Title_words_whose_folded_form_begins_with_a_searched_word_are_marked(string title, string query, string expected)
    {
        var segments = HighlightedText.Split(title, query.Split(' '));

        Assert.That(string.Concat(segments.Select(s => s.IsMatch ? $"[{s.Text}]" : s.Text)), Is.EqualTo(expected));
    }

    [Test]
    public void Segments_keep_every_character_of_the_title_including_markup_like_text()
    {
        const string title = "Mứt </script><script>alert(1)</script> dâu";

        var segments = HighlightedText.Split(title, ["script", "dau"]);

        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(segments.Select(s => s.Text)), Is.EqualTo(title));
            Assert.That(segments.Where(s => s.IsMatch).Select(s => s.Text), Is.EqualTo(new[] { "script", "script", "script", "dâu" }));
        });
    }

    [Test]
    public void Without_searched_words_nothing_is_marked()
    {
        var segments = HighlightedText.Split("Trà Xạ đen", []);

        Assert.That(segments, Is.EqualTo(new[] { new HighlightSegment("Trà Xạ đen", false) }));
    }
}
