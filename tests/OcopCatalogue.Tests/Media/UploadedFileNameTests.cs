using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

public sealed class UploadedFileNameTests
{
    [TestCase("../../../etc/passwd.jpg", "passwd.jpg")]
    [TestCase("..\\..\\Windows\\System32\\evil.jpg", "evil.jpg")]
    [TestCase("C:\\Users\\Lan\\Ảnh\\Trà xạ đen.jpg", "Trà xạ đen.jpg")]
    [TestCase("/var/www/data/media/originals/x.png", "x.png")]
    [TestCase("..", "")]
    [TestCase(".htaccess", "htaccess")]
    [TestCase("photo\u202Egpj.exe", "photogpj.exe")]
    [TestCase("a\0b\r\nc.jpg", "abc.jpg")]
    [TestCase(null, "")]
    public void Only_the_last_part_of_a_name_is_kept_for_display_without_control_characters(string? sent, string shown)
    {
        Assert.That(UploadedFileName.ForDisplay(sent), Is.EqualTo(shown));
    }

    [Test]
    public void A_very_long_name_is_cut_to_the_column_length()
    {
        var shown = UploadedFileName.ForDisplay(new string('a', 500) + ".jpg");

        Assert.That(shown, Has.Length.EqualTo(UploadedFileName.MaxLength));
    }
}
