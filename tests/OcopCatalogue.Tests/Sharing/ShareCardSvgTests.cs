using System.Xml.Linq;
using OcopCatalogue.Web.Sharing;

namespace OcopCatalogue.Tests.Sharing;

public sealed class ShareCardSvgTests
{
    private static ShareCard Card(string title, string? subtitle = null) =>
        new(ShareImageKind.Product, "vi", title, subtitle, 4, "OCOP 4 sao", "Còn hiệu lực", "Sản phẩm OCOP", "ocop.example.vn", null, null);

    [Test]
    public void Markup_in_a_name_stays_text_in_the_drawing()
    {
        var title = "Mứt <i>dâu</i> & \"kem\"\u0001";
        var svg = XDocument.Parse(ShareCardSvg.Draw(Card(title, "<b>HTX</b>")));
        var ns = (XNamespace)"http://www.w3.org/2000/svg";

        Assert.Multiple(() =>
        {
            Assert.That(svg.Descendants(ns + "script"), Is.Empty);
            Assert.That(string.Join(' ', svg.Descendants(ns + "text").Select(t => t.Value)), Does.Contain("Mứt <i>dâu</i> & \"kem\"").And.Contain("<b>HTX</b>"));
            Assert.That(svg.ToString().IndexOf('\u0001', StringComparison.Ordinal), Is.EqualTo(-1));
        });
    }

    [Test]
    public void A_long_name_is_wrapped_and_ends_with_an_ellipsis_when_it_cannot_fit()
    {
        var lines = ShareCardSvg.Wrap(string.Join(' ', Enumerable.Repeat("Đặc sản bánh tráng phơi sương", 8)), 50, bold: true, 540, maxLines: 3);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(3));
            Assert.That(lines[^1], Does.EndWith("…"));
            Assert.That(lines.Select(l => ShareCardSvg.Measure(l, 50, bold: true)), Is.All.LessThanOrEqualTo(540));
        });
    }

    [Test]
    public void The_fingerprint_follows_every_fact_on_the_card()
    {
        var card = Card("Trà Xạ đen", "Hộ kinh doanh");

        Assert.Multiple(() =>
        {
            Assert.That(card.Fingerprint, Is.EqualTo(Card("Trà Xạ đen", "Hộ kinh doanh").Fingerprint));
            Assert.That(card with { Stars = 5 }, Has.Property(nameof(ShareCard.Fingerprint)).Not.EqualTo(card.Fingerprint));
            Assert.That(card with { Subtitle = "HTX" }, Has.Property(nameof(ShareCard.Fingerprint)).Not.EqualTo(card.Fingerprint));
            Assert.That(card with { Title = "Trà Xạ Đen" }, Has.Property(nameof(ShareCard.Fingerprint)).Not.EqualTo(card.Fingerprint));
        });
    }
}
