using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Tests.Content.RichText;

/// <summary>Between the rich-text editor's HTML (Trix) and the story HTML the store keeps.</summary>
public sealed class EditorHtmlTests
{
    [Test]
    public void Trix_blocks_become_paragraphs_and_its_heading_an_h2()
    {
        const string trix = "<h1>Nguồn gốc</h1><div>Dòng một<br>dòng hai<br></div><div><br></div><blockquote>Trích dẫn</blockquote><ul><li>Một</li></ul>";

        Assert.That(EditorHtml.ToStored(trix),
            Is.EqualTo("<h2>Nguồn gốc</h2><p>Dòng một<br>dòng hai</p><blockquote>Trích dẫn</blockquote><ul><li>Một</li></ul>"));
    }

    [Test]
    public void A_trix_image_attachment_is_stored_as_a_plain_figure()
    {
        const string trix = "<div>Trước<figure data-trix-attachment=\"{&quot;contentType&quot;:&quot;image&quot;,&quot;url&quot;:&quot;/media/a.webp&quot;}\" data-trix-content-type=\"image\" class=\"attachment attachment--preview\">"
            + "<img src=\"/media/a.webp\" width=\"800\" height=\"600\" alt=\"Vườn dâu\"><figcaption class=\"attachment__caption\">Vườn dâu tằm</figcaption></figure>Sau</div>";

        Assert.That(EditorHtml.ToStored(trix),
            Is.EqualTo("<p>Trước</p><figure><img src=\"/media/a.webp\" width=\"800\" height=\"600\" alt=\"Vườn dâu\"><figcaption>Vườn dâu tằm</figcaption></figure><p>Sau</p>"));
    }

    [Test]
    public void What_the_browser_sends_is_sanitised_before_it_is_stored()
    {
        const string posted = "<div>Xin chào<script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">bấm</a></div>";

        Assert.That(EditorHtml.ToStored(posted), Is.EqualTo("<p>Xin chào<a>bấm</a></p>"));
    }

    [Test]
    public void A_stored_figure_loads_into_the_editor_with_its_alternative_text_and_caption()
    {
        const string stored = "<p>Trước</p><figure><img src=\"/media/a.webp\" alt=\"Vườn dâu\" width=\"800\" height=\"600\"><figcaption>Vườn dâu tằm</figcaption></figure>";

        var forEditor = EditorHtml.ToEditor(stored);

        Assert.Multiple(() =>
        {
            Assert.That(forEditor, Does.StartWith("<p>Trước</p><figure data-trix-attachment="));
            Assert.That(System.Net.WebUtility.HtmlDecode(forEditor),
                Does.Contain("\"url\":\"/media/a.webp\"").And.Contain("\"width\":800").And.Contain("\"caption\":\"Vườn dâu tằm\""));
            Assert.That(forEditor, Does.Not.Contain("<img"));
        });
    }

    [Test]
    public void Loading_and_saving_unchanged_gives_back_the_story()
    {
        const string stored = "<h2>Nguồn gốc</h2><p>Trà <strong>xạ đen</strong>.</p><ul><li>Một</li></ul>";

        Assert.That(EditorHtml.ToStored(EditorHtml.ToEditor(stored)), Is.EqualTo(stored));
    }
}
