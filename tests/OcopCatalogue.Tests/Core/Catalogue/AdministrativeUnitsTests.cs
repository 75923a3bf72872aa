using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Tests.Core.Catalogue;

public sealed class AdministrativeUnitsTests
{
    private static PostalAddress VuongThiLien(string? currentCommune, string? currentProvince) => new()
    {
        Street = "Tổ 09, ấp Mỹ Long 2",
        CommuneOrWard = "Xã Mỹ Hòa Hưng",
        District = "Thành phố Long Xuyên",
        Province = "An Giang",
        CurrentCommuneOrWard = currentCommune,
        CurrentProvince = currentProvince,
    };

    [Test]
    public void Todays_address_keeps_the_street_and_drops_the_district()
    {
        var address = VuongThiLien("Xã Mỹ Hòa Hưng", "An Giang");

        Assert.Multiple(() =>
        {
            Assert.That(address.CurrentText, Is.EqualTo("Tổ 09, ấp Mỹ Long 2, Xã Mỹ Hòa Hưng, An Giang"));
            Assert.That(address.ToString(), Is.EqualTo("Tổ 09, ấp Mỹ Long 2, Xã Mỹ Hòa Hưng, Thành phố Long Xuyên, An Giang"), "the published address is untouched");
            Assert.That(address.ShowsCurrentBesidePublished, Is.True);
        });
    }

    [Test]
    public void A_province_alone_is_not_an_address_of_today()
    {
        var address = VuongThiLien(null, "Cần Thơ");

        Assert.Multiple(() =>
        {
            Assert.That(address.CurrentText, Is.Null);
            Assert.That(address.ShowsCurrentBesidePublished, Is.False);
            Assert.That(address.GroupingLocality, Is.EqualTo(new AdministrativeLocality("Cần Thơ", AsPublished: false)));
        });
    }

    [Test]
    public void Without_todays_province_the_published_locality_is_counted_and_marked()
    {
        var locality = VuongThiLien(null, null).GroupingLocality;

        Assert.Multiple(() =>
        {
            Assert.That(locality.Name, Is.EqualTo("Thành phố Long Xuyên"));
            Assert.That(locality.AsPublished, Is.True);
            Assert.That(locality.Key, Is.EqualTo("thanh-pho-long-xuyen"));
        });
    }

    [Test]
    public void Nothing_changed_shows_nothing_beside_the_address()
    {
        var address = new PostalAddress { CommuneOrWard = "Phường Long Khánh", Province = "Đồng Nai", CurrentCommuneOrWard = "Phường Long Khánh", CurrentProvince = "Đồng Nai" };

        Assert.That(address.ShowsCurrentBesidePublished, Is.False);
    }

    [Test]
    public void A_commune_of_today_needs_its_province()
    {
        var problems = new List<FieldProblem>();

        AdministrativeUnits.Check(problems, "Address", "Phường Long Xuyên", " ");

        Assert.That(problems.Select(p => (p.Field, p.MessageKey)), Is.EqualTo(new[] { ("Address.CurrentProvince", AdministrativeUnits.CommuneWithoutProvince) }));
    }

    [TestCase("202/2025/QH15", true)]
    [TestCase("1654/NQ-UBTVQH15", true)]
    [TestCase("Nghị quyết số 1654", false)]
    [TestCase("1654", false)]
    public void Resolution_numbers_are_written_as_the_documents_write_them(string number, bool accepted)
    {
        var problems = LocalityMappingRules.Check(new LocalityMapping { PublishedProvince = "Hậu Giang", CurrentProvince = "Cần Thơ", ProvinceResolution = number });

        Assert.That(problems.Any(p => p.MessageKey == LocalityMappingRules.ResolutionMalformed), Is.EqualTo(!accepted));
    }

    [Test]
    public void A_unit_of_today_without_its_resolution_is_refused_and_an_empty_one_is_fine()
    {
        var unsourced = LocalityMappingRules.Check(new LocalityMapping { PublishedProvince = "Hậu Giang", CurrentProvince = "Cần Thơ" });
        var unknown = LocalityMappingRules.Check(new LocalityMapping { PublishedProvince = "Hậu Giang" });

        Assert.Multiple(() =>
        {
            Assert.That(unsourced.Select(p => p.MessageKey), Is.EqualTo(new[] { LocalityMappingRules.SourceNeeded }));
            Assert.That(unknown, Is.Empty);
        });
    }

    [Test]
    public void Matching_a_published_locality_ignores_case_and_where_the_tone_mark_sits()
    {
        var mapping = new LocalityMapping { PublishedProvince = "An Giang", PublishedDistrict = "Thành phố Long Xuyên", PublishedCommuneOrWard = "Phường Mỹ Hoà" };

        Assert.Multiple(() =>
        {
            Assert.That(LocalityMappingRules.Matches(mapping, "An Giang", "thành phố Long Xuyên", "Phường Mỹ Hòa"), Is.True);
            Assert.That(LocalityMappingRules.Matches(mapping, "An Giang", null, "Phường Mỹ Hòa"), Is.False);
        });
    }
}
