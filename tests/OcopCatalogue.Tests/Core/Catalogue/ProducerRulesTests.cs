using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Core.Catalogue;

public sealed class ProducerRulesTests
{
    private static readonly ProducerFile Complete = new()
    {
        Key = Guid.NewGuid(),
        Slug = "htx-thao-an-khang",
        Name = "HTX Thảo An Khang",
        Kind = ProducerKind.Cooperative,
        Address = new AddressFile { Street = "Ấp 3", CommuneOrWard = "Xã Tân Hòa", Province = "An Giang" },
        Latitude = 10.38,
        Longitude = 105.42,
        Phone = "0296 3 123 456",
        Website = "https://thaoankhang.vn",
    };

    [Test]
    public void A_complete_producer_passes() =>
        Assert.That(ProducerRules.Check(Complete), Is.Empty);

    [Test]
    public void Producer_name_longer_than_200_characters_is_refused()
    {
        Assert.That(ProducerRules.Check(Complete with { Name = new string('a', 200) }), Is.Empty);
        Assert.That(ProducerRules.Check(Complete with { Name = new string('a', 201) }),
            Is.EqualTo(new[] { new FieldProblem("Name", FieldMessage.TooLong, 200, 201) }).Using<FieldProblem>(Same));
    }

    [Test]
    public void Producer_without_a_name_is_refused() =>
        Assert.That(Fields(ProducerRules.Check(Complete with { Name = "  " })), Does.Contain(("Name", FieldMessage.Required)));

    [Test]
    public void Producer_slug_that_is_not_well_formed_is_refused_with_one_made_from_it()
    {
        var problem = ProducerRules.Check(Complete with { Slug = "Thảo An Khang" }).Single();
        Assert.That((problem.Field, problem.MessageKey, problem.Arguments[0]), Is.EqualTo(("Slug", FieldMessage.SlugMalformed, (object)"thao-an-khang")));
    }

    [Test]
    public void Producer_with_a_latitude_and_no_longitude_is_refused_at_the_longitude() =>
        Assert.That(Fields(ProducerRules.Check(Complete with { Longitude = null })),
            Is.EqualTo(new[] { ("Longitude", ProducerRules.Coordinates.Together) }));

    [TestCase(90.5, 105.0, "Latitude", 90.0)]
    [TestCase(10.0, -180.5, "Longitude", 180.0)]
    public void Producer_coordinates_outside_their_range_are_refused(double latitude, double longitude, string field, double limit)
    {
        var problem = ProducerRules.Check(Complete with { Latitude = latitude, Longitude = longitude }).Single();
        Assert.That((problem.Field, problem.MessageKey, problem.Arguments[0]), Is.EqualTo((field, ProducerRules.Coordinates.OutOfRange, (object)limit)));
    }

    [Test]
    public void Producer_without_a_province_is_refused_and_the_rest_of_its_address_is_not_judged() =>
        Assert.That(Fields(ProducerRules.Check(Complete with { Address = new AddressFile { Street = new string('s', 300), Province = " " } })),
            Is.EqualTo(new[] { ("Address.Province", FieldMessage.Required) }));

    [Test]
    public void Producer_address_parts_longer_than_their_columns_are_refused() =>
        Assert.That(Fields(ProducerRules.Check(Complete with { Address = Complete.Address with { CommuneOrWard = new string('x', 121) } })),
            Is.EqualTo(new[] { ("Address.CommuneOrWard", FieldMessage.TooLong) }));

    [Test]
    public void Producer_website_that_is_not_an_http_address_is_refused() =>
        Assert.That(Fields(ProducerRules.Check(Complete with { Website = "javascript:alert(1)" })),
            Is.EqualTo(new[] { ("Website", FieldMessage.WebAddress) }));

    [Test]
    public void Producer_kind_that_is_no_kind_is_refused() =>
        Assert.That(Fields(ProducerRules.Check(Complete with { Kind = 0 })), Is.EqualTo(new[] { ("Kind", FieldMessage.Choose) }));

    internal static IEnumerable<(string, string)> Fields(IEnumerable<FieldProblem> problems) => problems.Select(p => (p.Field, p.MessageKey));

    internal static bool Same(FieldProblem a, FieldProblem b) =>
        a.Field == b.Field && a.MessageKey == b.MessageKey && a.Arguments.SequenceEqual(b.Arguments);
}
