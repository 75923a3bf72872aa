using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Tests.Content.RichText;

public sealed class RichTextSanitizerTests
{
    [Test]
    public void Story_markup_survives_unchanged()
    {
        const string story = "<h2>Nguồn gốc</h2><p>Trà <strong>xạ đen</strong> từ <em>Bảy Núi</em>.</p><ul><li>Một</li></ul><blockquote>Trích dẫn</blockquote><p><a href=\"/san-pham/tra-xa-den\">Xem</a></p>";

        Assert.That(RichTextSanitizer.Sanitize(story), Is.EqualTo(story));
    }

    [TestCase("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>")]
    [TestCase("<img src=\"/media/a.jpg\" alt=\"a\" onerror=\"alert(1)\">", "<img src=\"/media/a.jpg\" alt=\"a\">")]
    [TestCase("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [TestCase("<a href=\" jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>")]
    [TestCase("<a href=\"//evil.example/\">x</a>", "<a>x</a>")]
    [TestCase("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\">", "")]
    [TestCase("<svg><script>alert(1)</script></svg><p>ok</p>", "<p>ok</p>")]
    [TestCase("<p style=\"background:url(javascript:alert(1));width:expression(alert(1))\">x</p>", "<p>x</p>")]
    [TestCase("<div onclick=\"alert(1)\"><p>x</p></div>", "<p>x</p>")]
    [TestCase("<iframe src=\"https://evil.example\"></iframe><p>x</p>", "<p>x</p>")]
    [TestCase("<p>a<!-- <script>alert(1)</script> -->b</p>", "<p>ab</p>")]
    [TestCase("<style>p{color:red}</style><p>x</p>", "<p>x</p>")]
    [TestCase("<span class=\"x\">plain</span>", "plain")]
    [TestCase("<p>a</p><script src=\"/media/x.js\"></script>", "<p>a</p>")]
    [TestCase("<SCRIPT>alert(1)</SCRIPT><p>b</p>", "<p>b</p>")]
    [TestCase("<img src=x onerror=alert(1)>", "")]
    [TestCase("<p onmouseover=\"alert(1)\">x</p>", "<p>x</p>")]
    [TestCase("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>")]
    [TestCase("<a href=\"javascript&colon;alert(1)\">x</a>", "<a>x</a>")]
    [TestCase("<a href=\"vbscript:msgbox(1)\">x</a>", "<a>x</a>")]
    [TestCase("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "<a>x</a>")]
    [TestCase("<img src=\"/media/evil.svg\" alt=\"x\">", "")]
    [TestCase("<img src=\"/media/../admin.png\" alt=\"x\">", "")]
    [TestCase("<img src=\"https://evil.example/a.jpg\" alt=\"x\">", "")]
    [TestCase("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">", "")]
    [TestCase("<svg onload=\"alert(1)\"><image href=\"/media/a.jpg\"/></svg><p>x</p>", "<p>x</p>")]
    [TestCase("<math><mtext><img src=x onerror=alert(1)></mtext></math><p>x</p>", "<p>x</p>")]
    [TestCase("<p style=\"color:expression(alert(1))\">x</p>", "<p>x</p>")]
    [TestCase("<figure style=\"behavior:url(x.htc)\"><img src=\"/media/a.jpg\" alt=\"a\" style=\"width:1px\"></figure>", "<figure><img src=\"/media/a.jpg\" alt=\"a\"></figure>")]
    [TestCase("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><p>x</p>", "<p>x</p>")]
    [TestCase("<object data=\"/media/x.swf\"></object><embed src=\"/media/x.swf\"><p>x</p>", "<p>x</p>")]
    [TestCase("<form action=\"https://evil.example\"><input name=\"p\"></form><p>x</p>", "<p>x</p>")]
    public void Active_content_is_removed(string dirty, string expected)
    {
        Assert.That(RichTextSanitizer.Sanitize(dirty), Is.EqualTo(expected));
    }

    [Test]
    public void External_links_get_rel_noopener()
    {
        Assert.That(RichTextSanitizer.Sanitize("<a href=\"https://example.vn/\">shop</a>"),
            Is.EqualTo("<a href=\"https://example.vn/\" rel=\"noopener noreferrer nofollow\">shop</a>"));
    }

    [Test]
    public void A_media_library_figure_keeps_its_image_and_caption()
    {
        const string figure = "<figure><img src=\"/media/2026/anh-trai-dau.webp\" alt=\"Trái dâu tằm chín\" width=\"800\" height=\"600\"><figcaption>Dâu tằm vào mùa</figcaption></figure>";

        Assert.That(RichTextSanitizer.Sanitize(figure), Is.EqualTo(figure));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Empty_input_gives_empty_output(string? html)
    {
        Assert.That(RichTextSanitizer.Sanitize(html), Is.Empty);
    }
}
