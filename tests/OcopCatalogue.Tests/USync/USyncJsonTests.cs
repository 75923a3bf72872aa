using System.Text;
using System.Text.Json;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.USync;

public sealed class USyncJsonTests
{
    [Test]
    public void Json_error_is_reported_at_a_1_based_line_and_a_column_counted_in_characters()
    {
        // "Trà Xạ đen" has multi-byte letters before the error, so a byte position would overshoot the column.
        var bytes = Encoding.UTF8.GetBytes("{\n  \"name\": \"Trà Xạ đen\" \"slug\": \"x\"\n}\n");

        var error = Assert.Throws<JsonException>(() => USyncJson.Deserialize<ProducerFile>(bytes));
        var problem = USyncJson.Describe(error!, "producers/x.json", bytes);

        Assert.Multiple(() =>
        {
            Assert.That(problem.Line, Is.EqualTo(2));
            Assert.That(problem.Column, Is.EqualTo("  \"name\": \"Trà Xạ đen\" ".Length + 1));
            Assert.That(problem.ToString(), Does.StartWith("producers/x.json:2:"));
        });
    }

    [Test]
    public void Unknown_property_is_an_error_not_silently_dropped()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"nmae\": \"Sa tế\"\n}");

        var error = Assert.Throws<JsonException>(() => USyncJson.Deserialize<ProductFile>(bytes));

        Assert.That(USyncJson.Describe(error!, "p.json", bytes).Message, Does.Contain("nmae"));
    }

    [Test]
    public void Number_for_an_enum_is_an_error()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"group\": 2 }");

        Assert.Throws<JsonException>(() => USyncJson.Deserialize<ProductFile>(bytes));
    }

    [Test]
    public void Line_of_a_nested_property_is_found_by_its_dotted_path()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"province\": \"x\",\n  \"address\": {\n    \"street\": null,\n    \"province\": \"An Giang\"\n  }\n}");

        Assert.Multiple(() =>
        {
            Assert.That(USyncJson.LineOf(bytes, "address.province"), Is.EqualTo(5));
            Assert.That(USyncJson.LineOf(bytes, "province"), Is.EqualTo(2));
            Assert.That(USyncJson.LineOf(bytes, "missing"), Is.Null);
        });
    }

    [Test]
    public void Vietnamese_and_html_are_written_as_they_are_with_unix_line_ends_and_a_final_newline()
    {
        var text = Encoding.UTF8.GetString(USyncJson.Serialize(new PageFile { Slug = "a", Title = "Liên hệ", BodyHtml = "<p>Đồ uống & trà</p>" }));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"title\": \"Liên hệ\""));
            Assert.That(text, Does.Contain("\"bodyHtml\": \"<p>Đồ uống & trà</p>\""));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.EndWith("}\n"));
            Assert.That(text, Does.Contain("\n  \"slug\""), "two-space indent");
        });
    }
}
