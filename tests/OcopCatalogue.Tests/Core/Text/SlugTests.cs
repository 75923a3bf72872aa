using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Tests.Core.Text;

public sealed class SlugTests
{
    [TestCase("Trà Xạ đen", "tra-xa-den")]
    [TestCase("Trà túi lọc xạ đen", "tra-tui-loc-xa-den")]
    [TestCase("Nước cốt dâu tằm tươi", "nuoc-cot-dau-tam-tuoi")]
    [TestCase("Sa tế Thái Hòa", "sa-te-thai-hoa")]
    [TestCase("Mỹ Hoà", "my-hoa")]
    [TestCase("ĐẶC SẢN Đồng Tháp", "dac-san-dong-thap")]
    [TestCase("Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi", "nam-dong-trung-ha-thao-cordyceps-minh-khoi")]
    [TestCase("  Bưởi   da xanh  ", "buoi-da-xanh")]
    [TestCase("Siro Atiso đỏ (chai 500ml)", "siro-atiso-do-chai-500ml")]
    [TestCase("69-71-73 Nguyễn Huệ", "69-71-73-nguyen-hue")]
    [TestCase("", "")]
    [TestCase("!!!", "")]
    public void Slug_is_made_from_the_Vietnamese_name(string name, string expected)
    {
        Assert.That(Slug.From(name), Is.EqualTo(expected));
    }

    [Test]
    public void Slug_never_exceeds_its_maximum_length_nor_ends_with_a_hyphen()
    {
        var slug = Slug.From(string.Concat(Enumerable.Repeat("Trà xạ đen ", 30)));

        Assert.Multiple(() =>
        {
            Assert.That(slug, Has.Length.LessThanOrEqualTo(Slug.MaxLength));
            Assert.That(slug, Does.Not.EndWith("-"));
            Assert.That(slug, Does.StartWith("tra-xa-den-tra"));
        });
    }

    [TestCase("tra-xa-den", true)]
    [TestCase("Tra-Xa-Den", false)]
    [TestCase("tra--xa", false)]
    [TestCase("-tra", false)]
    [TestCase("trà", false)]
    [TestCase("../etc/passwd", false)]
    [TestCase("", false)]
    public void Only_canonical_slugs_are_well_formed(string slug, bool expected)
    {
        Assert.That(Slug.IsWellFormed(slug), Is.EqualTo(expected));
    }
}
