using System.Diagnostics;
using System.Text;
using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Bench;

/// <summary>
/// Issue 13's "a megabyte of nested tags is sanitised in under 100 ms": times the story sanitiser on 1 MB of
/// nested &lt;b&gt; and of nested &lt;div&gt; (refused by depth inside the parse) and on a realistic 50 KB story
/// (fully sanitised), each after a warm-up, as the median and the slowest of several runs.
/// </summary>
public static class SanitizeTiming
{
    public static void Run(int runs)
    {
        var inputs = new (string Name, string Html)[]
        {
            ("1 MB of nested <b>", Nested("b", 1_000_000)),
            ("1 MB of nested <div>", Nested("div", 1_000_000)),
            ("50 KB realistic story", Story(50_000)),
        };
        foreach (var (_, html) in inputs)
        {
            for (var i = 0; i < 5; i++)
            {
                RichTextSanitizer.Sanitize(html);
            }
        }

        Console.WriteLine($"Story sanitiser, {runs} runs each after 5 warm-up runs (depth limit {RichTextLimits.MaxDepth}, length limit {RichTextLimits.MaxLength:N0} characters)");
        foreach (var (name, html) in inputs)
        {
            var times = new double[runs];
            var output = 0;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                output = RichTextSanitizer.Sanitize(html).Length;
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine($"  {name,-24} {html.Length,9:N0} chars in, {output,9:N0} out   median {times[runs / 2],7:F1} ms   max {times[^1],7:F1} ms");
        }
    }

    private static string Nested(string tag, int length)
    {
        var open = $"<{tag}>";
        var html = new StringBuilder(length);
        while (html.Length + open.Length <= length)
        {
            html.Append(open);
        }

        return html.ToString();
    }

    /// <summary>Headings, paragraphs with emphasis and links, lists, figures from the media library and quotes.</summary>
    private static string Story(int length)
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
}
