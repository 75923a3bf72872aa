using System.Diagnostics;
using System.Text;
using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Tests.Content.RichText;

/// <summary>
/// Stories that are too big or nested too deep: measured in one pass before anything parses them, because the HTML
/// parser's cost grows with depth times length and a recursive walk of a very deep tree can overflow the stack.
/// </summary>
public sealed class RichTextLimitsTests
{
    private static string Nested(string tag, int length)
    {
        var open = $"<{tag}>";
        var html = new StringBuilder(length + 16);
        while (html.Length + open.Length <= length)
        {
            html.Append(open);
        }

        return html.Append('x').ToString();
    }

    /// <summary>A story of the kind writers post: headings, paragraphs with emphasis, lists, figures, about <paramref name="length"/> characters.</summary>
    internal static string RealisticStory(int length)
    {
        var html = new StringBuilder();
        for (var i = 0; html.Length < length; i++)
        {
            html.Append("<h2>Mùa thu hoạch ").Append(i).Append("</h2>")
                .Append("<p>Trà <strong>xạ đen</strong> được hái ở <em>Bảy Núi</em>, phơi trên nong tre rồi sao khô. ")
                .Append("<a href=\"https://example.vn/tra\">Xem cửa hàng</a> hoặc <a href=\"/san-pham/tra-xa-den\">trang sản phẩm</a>.</p>")
                .Append("<ul><li>Hái lúc sáng sớm</li><li>Phơi <b>hai</b> nắng</li></ul>")
                .Append("<figure><img src=\"/media/2026/vuon-tra.webp\" alt=\"Vườn trà\" width=\"800\" height=\"600\"><figcaption>Vườn trà</figcaption></figure>")
                .Append("<blockquote><p>Trích lời bà con: <i>trà ngon nhờ đất</i>.</p></blockquote>");
        }

        return html.ToString();
    }

    [TestCase("b")]
    [TestCase("div")]
    [TestCase("blockquote")]
    public void A_megabyte_of_nested_tags_is_sanitised_in_under_a_tenth_of_a_second(string tag)
    {
        var html = Nested(tag, 1_000_000);
        RichTextSanitizer.Sanitize("<p>warm-up</p>");

        // Today's code needs minutes for this; a task lets the test fail on time instead of hanging the run.
        var watch = Stopwatch.StartNew();
        var work = Task.Run(() => RichTextSanitizer.Sanitize(html));
        var finished = work.Wait(TimeSpan.FromSeconds(5));
        watch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(finished, Is.True, "sanitising did not finish within 5 s");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(100)));
        });
        Assert.That(work.Result, Does.Not.Contain('<').And.Contain("x"), "what is kept of a story nested too deep is its text");
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_measured_as_too_deep()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RichTextLimits.Measure(Nested("div", 5 * (RichTextLimits.MaxDepth + 1))), Is.EqualTo(RichTextShape.TooDeep));
            Assert.That(RichTextLimits.Measure(Nested("div", 5 * RichTextLimits.MaxDepth)), Is.EqualTo(RichTextShape.Fits));
        });
    }

    [TestCase("<b title=\"</b>\">")]
    [TestCase("<b><style></b></style>")]
    [TestCase("<b><!-- --></b x><b>")]
    [TestCase("<p><div>")]
    [TestCase("<li><ul>")]
    [TestCase("<svg><source>")]
    [TestCase("<b title='</b>'>")]
    public void Closing_tags_the_parser_would_not_close_still_count_towards_the_depth(string repeated)
    {
        var html = string.Concat(Enumerable.Repeat(repeated, RichTextLimits.MaxDepth + 1));

        Assert.That(RichTextLimits.Measure(html), Is.EqualTo(RichTextShape.TooDeep));
    }

    [Test]
    public void Paragraphs_and_list_items_left_open_do_not_add_up()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Một đoạn", 500));
        var items = "<ul>" + string.Concat(Enumerable.Repeat("<li>Một ý", 500)) + "</ul>";

        Assert.Multiple(() =>
        {
            Assert.That(RichTextLimits.Measure(paragraphs), Is.EqualTo(RichTextShape.Fits));
            Assert.That(RichTextLimits.Measure(items), Is.EqualTo(RichTextShape.Fits));
        });
    }

    [Test]
    public void A_story_longer_than_the_limit_is_measured_as_too_long()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RichTextLimits.Measure(RealisticStory(RichTextLimits.MaxLength + 1)), Is.EqualTo(RichTextShape.TooLong));
            Assert.That(RichTextLimits.Measure(RealisticStory(RichTextLimits.MaxLength - 2_000)), Is.EqualTo(RichTextShape.Fits));
        });
    }

    [Test]
    public void A_realistic_story_keeps_its_markup_through_the_sanitiser()
    {
        var story = RealisticStory(50_000);

        var clean = RichTextSanitizer.Sanitize(story);

        Assert.That(clean, Is.EqualTo(story.Replace("<a href=\"https://example.vn/tra\">", "<a href=\"https://example.vn/tra\" rel=\"noopener noreferrer nofollow\">", StringComparison.Ordinal)));
    }

    [Test]
    public void The_editor_gets_a_story_nested_too_deep_back_as_typed_without_parsing_it()
    {
        var html = Nested("div", 1_000_000);

        var watch = Stopwatch.StartNew();
        var work = Task.Run(() => EditorHtml.ToEditor(html));
        var finished = work.Wait(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(finished, Is.True, "did not finish within 5 s");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(500)));
        });
        Assert.That(work.Result, Is.EqualTo(html));
    }
}
