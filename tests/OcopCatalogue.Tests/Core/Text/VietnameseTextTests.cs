using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Tests.Core.Text;

public sealed class VietnameseTextTests
{
    [TestCase("Dâu tằm", "dau tam")]
    [TestCase("đen", "den")]
    [TestCase("ĐEN", "den")]
    [TestCase("Thốt nốt", "thot not")]
    [TestCase("Mãng cầu xiêm", "mang cau xiem")]
    [TestCase("Bồ đề", "bo de")]
    [TestCase("Ưu đãi Ơn", "uu dai on")]
    [TestCase("already plain", "already plain")]
    [TestCase(null, "")]
    public void Folding_removes_tones_and_vowel_marks_and_maps_d_stroke(string? text, string expected)
    {
        Assert.That(VietnameseText.Fold(text), Is.EqualTo(expected));
    }

    [Test]
    public void Decomposed_and_precomposed_input_fold_alike()
    {
        var precomposed = "Trà xạ đen";
        var decomposed = precomposed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.That(VietnameseText.Fold(decomposed), Is.EqualTo(VietnameseText.Fold(precomposed)));
    }
}
