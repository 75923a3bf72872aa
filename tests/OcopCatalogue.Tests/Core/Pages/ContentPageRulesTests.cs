using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.Site;
using static OcopCatalogue.Tests.Core.Catalogue.ProducerRulesTests;

namespace OcopCatalogue.Tests.Core.Pages;

public sealed class ContentPageRulesTests
{
    private static readonly PageFile Complete = new() { Key = Guid.NewGuid(), Slug = "gioi-thieu", Title = "Giới thiệu", BodyHtml = "<p>OCOP</p>" };

    [Test]
    public void A_complete_page_passes() =>
        Assert.That(ContentPageRules.Check(Complete), Is.Empty);

    [Test]
    public void Page_title_longer_than_200_characters_is_refused() =>
        Assert.That(Fields(ContentPageRules.Check(Complete with { Title = new string('t', 201) })), Is.EqualTo(new[] { ("Title", FieldMessage.TooLong) }));

    [Test]
    public void Page_summary_longer_than_500_characters_is_refused() =>
        Assert.That(Fields(ContentPageRules.Check(Complete with { Summary = new string('s', 501) })), Is.EqualTo(new[] { ("Summary", FieldMessage.TooLong) }));

    [Test]
    public void Page_without_a_body_is_refused() =>
        Assert.That(Fields(ContentPageRules.Check(Complete with { BodyHtml = " " })), Is.EqualTo(new[] { ("BodyHtml", ContentPageRules.BodyRequired) }));

    [Test]
    public void Page_without_a_title_or_slug_is_refused_at_both()
    {
        var problems = ContentPageRules.Check(Complete with { Title = "", Slug = "" });
        Assert.That(Fields(problems), Is.EqualTo(new[] { ("Slug", FieldMessage.SlugMalformed), ("Title", FieldMessage.Required) }));
        Assert.That(problems[0].Arguments[0], Is.EqualTo(""), "nothing to make a slug from");
    }
}
