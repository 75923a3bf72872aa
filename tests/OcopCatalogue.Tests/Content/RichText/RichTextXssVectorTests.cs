using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Tests.Content.RichText;

/// <summary>
/// Known cross-site scripting vectors through the story sanitiser: whatever comes out, parsed again as a browser
/// would (scripting on), holds nothing that runs.
/// </summary>
public sealed class RichTextXssVectorTests
{
    private static readonly string[] ActiveElements =
        ["script", "style", "iframe", "object", "embed", "base", "meta", "form", "svg", "math", "link", "frame", "frameset", "template", "noscript", "input", "button", "textarea", "audio", "video", "applet"];

    public static IEnumerable<string> Vectors()
    {
        // Event handlers.
        yield return "<img src=\"/media/a.jpg\" onerror=\"alert(1)\">";
        yield return "<p onclick=alert(1)>x</p>";
        yield return "<body onload=alert(1)>x";
        yield return "<a href=\"/x\" onmouseover=\"alert(1)\">x</a>";
        yield return "<h2 onfocus=alert(1) tabindex=1 autofocus>x</h2>";
        yield return "<blockquote ONCLICK=\"alert(1)\">x</blockquote>";
        yield return "<img src=/media/a.jpg onload\n=alert(1)>";
        yield return "<details open ontoggle=alert(1)>";
        yield return "<marquee onstart=alert(1)>x</marquee>";
        yield return "<video><source onerror=\"alert(1)\"></video>";
        yield return "<audio src=x onerror=alert(1)>";
        yield return "<input autofocus onfocus=alert(1)>";
        yield return "<select autofocus onfocus=alert(1)>";
        yield return "<img/src=\"/media/a.jpg\"/onerror=alert(1)>";
        yield return "<p/onclick=alert(1)>x";

        // javascript: and friends in many spellings.
        yield return "<a href=\"javascript:alert(1)\">x</a>";
        yield return "<a href=\"JAVASCRIPT:alert(1)\">x</a>";
        yield return "<a href=\" javascript:alert(1)\">x</a>";
        yield return "<a href=\"java\tscript:alert(1)\">x</a>";
        yield return "<a href=\"java\nscript:alert(1)\">x</a>";
        yield return "<a href=\"java\rscript:alert(1)\">x</a>";
        yield return "<a href=\"jav&#x09;ascript:alert(1)\">x</a>";
        yield return "<a href=\"jav&#9;ascript:alert(1)\">x</a>";
        yield return "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>";
        yield return "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>";
        yield return "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>";
        yield return "<a href=\"javascript&colon;alert(1)\">x</a>";
        yield return "<a href=\"javascript&#58;alert(1)\">x</a>";
        yield return "<a href=\"&#1;javascript:alert(1)\">x</a>";
        yield return "<a href=\"\u0000javascript:alert(1)\">x</a>";
        yield return "<a href=javascript:alert(1)>x</a>";
        yield return "<a href='javascript:alert(1)'>x</a>";
        yield return "<a href=\"vbscript:msgbox(1)\">x</a>";
        yield return "<a href=\"livescript:alert(1)\">x</a>";
        yield return "<a href=\"//evil.example/x\">x</a>";
        yield return "<a href=\"/\\evil.example/x\">x</a>";
        yield return "<a href=\"\\\\evil.example\\x\">x</a>";
        yield return "<a href=\"file:///etc/passwd\">x</a>";
        yield return "<a href=\"ftp://evil.example/\">x</a>";
        yield return "<img src=\"javascript:alert(1)\">";
        yield return "<img src=\"https://evil.example/x.jpg\">";
        yield return "<img src=\"/media/../backoffice/x.jpg\">";
        yield return "<img src=\"/media/%2e%2e/x.jpg\">";
        yield return "<img src=\"/media/x.svg\">";
        yield return "<img src=\"//evil.example/media/x.jpg\">";

        // data: URIs.
        yield return "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>";
        yield return "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>";
        yield return "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">";
        yield return "<object data=\"data:text/html,<script>alert(1)</script>\"></object>";

        // SVG and MathML.
        yield return "<svg onload=alert(1)>";
        yield return "<svg><script>alert(1)</script></svg>";
        yield return "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>";
        yield return "<svg><animate onbegin=alert(1) attributeName=x dur=1s>";
        yield return "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>";
        yield return "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>";
        yield return "<math href=\"javascript:alert(1)\">x</math>";
        yield return "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>";

        // <base>, <meta refresh>, <link>.
        yield return "<base href=\"https://evil.example/\"><a href=\"/x\">x</a>";
        yield return "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">";
        yield return "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">";
        yield return "<link rel=import href=\"https://evil.example/x.html\">";

        // Style tricks.
        yield return "<p style=\"background:url(javascript:alert(1))\">x</p>";
        yield return "<p style=\"width:expression(alert(1))\">x</p>";
        yield return "<p style=\"behavior:url(x.htc)\">x</p>";
        yield return "<p style=\"-moz-binding:url(https://evil.example/x.xml#x)\">x</p>";
        yield return "<style>@import 'https://evil.example/x.css';</style><p>x</p>";
        yield return "<style>p{background:url(\"javascript:alert(1)\")}</style>";
        yield return "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\"><a href=\"https://evil.example/\">x</a></div>";

        // Mutation XSS.
        yield return "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>";
        yield return "<p title=\"</p><img src=x onerror=alert(1)>\">x</p>";
        yield return "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">";
        yield return "<math><mi><table><mi><style><img src=x onerror=alert(1)></style></mi></table></mi></math>";
        yield return "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>";
        yield return "<listing>&lt;img src=x onerror=alert(1)&gt;</listing>";
        yield return "<textarea></textarea><img src=x onerror=alert(1)></textarea>";
        yield return "<title><img src=x onerror=alert(1)></title>";
        yield return "<xmp><img src=x onerror=alert(1)></xmp>";
        yield return "<!--><img src=x onerror=alert(1)>-->";
        yield return "<!-- --!><img src=x onerror=alert(1)>-->";
        yield return "<?xml version=\"1.0\"?><img src=x onerror=alert(1)>";
        yield return "<![CDATA[<img src=x onerror=alert(1)>]]>";

        // Templates and forms.
        yield return "<template><img src=x onerror=alert(1)></template>";
        yield return "<template><script>alert(1)</script></template><p>x</p>";
        yield return "<form action=\"javascript:alert(1)\"><button>x</button></form>";
        yield return "<button formaction=\"javascript:alert(1)\">x</button>";
        yield return "<input type=image src=x onerror=alert(1)>";
        yield return "<isindex action=javascript:alert(1) type=image>";

        // Embedding.
        yield return "<iframe src=\"javascript:alert(1)\"></iframe>";
        yield return "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>";
        yield return "<embed src=\"javascript:alert(1)\">";
        yield return "<object data=\"javascript:alert(1)\"></object>";
        yield return "<frameset><frame src=\"javascript:alert(1)\"></frameset>";
        yield return "<script>alert(1)</script>";
        yield return "<scr<script>ipt>alert(1)</script>";
        yield return "<SCRIPT SRC=//evil.example/x.js></SCRIPT>";
        yield return "<a href=\"/x\" target=\"_top\" id=\"location\" name=\"cookie\" class=\"x\">x</a>";
    }

    [TestCaseSource(nameof(Vectors))]
    public void Nothing_active_survives(string vector)
    {
        var clean = RichTextSanitizer.Sanitize(vector);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(clean, document.Body!);
        var elements = nodes.OfType<IElement>().SelectMany(e => e.DescendantsAndSelf<IElement>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(elements.Select(e => e.LocalName), Has.None.AnyOf(ActiveElements), clean);
            Assert.That(elements.SelectMany(e => e.Attributes).Select(a => a.LocalName),
                Has.None.StartsWith("on").And.None.AnyOf("style", "id", "name", "class", "target", "srcdoc", "formaction", "action", "data", "xlink:href"), clean);
            foreach (var href in elements.Select(e => e.GetAttribute("href")).OfType<string>())
            {
                Assert.That(href, Does.StartWith("/").And.Not.StartWith("//").Or.Match("^(https?|mailto|tel):"), clean);
            }

            foreach (var image in elements.Where(e => e.LocalName == "img"))
            {
                Assert.That(image.GetAttribute("src"), Does.StartWith("/media/").And.Not.Contain(".."), clean);
            }

            Assert.That(clean, Does.Not.Contain("javascript:").IgnoreCase.And.Not.Contain("<script").IgnoreCase, clean);
        });
    }

    [Test]
    public void There_are_at_least_sixty_vectors() => Assert.That(Vectors().Count(), Is.GreaterThanOrEqualTo(60));
}
