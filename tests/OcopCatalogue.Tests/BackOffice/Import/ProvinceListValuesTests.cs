using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.BackOffice.Import;

namespace OcopCatalogue.Tests.BackOffice.Import;

public sealed class ProvinceListValuesTests
{
    [TestCase("85,2", "85.2")]
    [TestCase("85.2", "85.2")]
    [TestCase("54,54", "54.54")]
    [TestCase("100", "100")]
    public void Score_is_read_with_a_decimal_comma_or_point(string cell, string expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListValues.TryScore(cell, out var score), Is.True);
            Assert.That(score, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [TestCase("85,2 điểm")]
    [TestCase("1.085,2")]
    [TestCase("tám lăm")]
    public void Score_that_is_not_a_plain_number_is_not_guessed(string cell)
    {
        Assert.That(ProvinceListValues.TryScore(cell, out _), Is.False);
    }

    [TestCase("4 sao", StarRating.Four)]
    [TestCase("4 Sao", StarRating.Four)]
    [TestCase("4", StarRating.Four)]
    [TestCase("★★★★", StarRating.Four)]
    [TestCase("5*", StarRating.Five)]
    [TestCase("3 ★", StarRating.Three)]
    public void Stars_are_read_as_annexes_write_them(string cell, StarRating expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListValues.TryStars(cell, out var stars), Is.True);
            Assert.That(stars, Is.EqualTo(expected));
        });
    }

    [TestCase("2 sao")]
    [TestCase("6")]
    [TestCase("bốn sao")]
    public void Stars_outside_three_to_five_are_refused(string cell)
    {
        Assert.That(ProvinceListValues.TryStars(cell, out _), Is.False);
    }

    [TestCase("05/06/2023", 2023, 6, 5)]
    [TestCase("5/6/2023", 2023, 6, 5)]
    [TestCase("2023-06-05", 2023, 6, 5)]
    [TestCase("05.06.2023", 2023, 6, 5)]
    public void Decision_date_is_read_day_first(string cell, int year, int month, int day)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListValues.TryDate(cell, out var date), Is.True);
            Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
        });
    }

    [TestCase("31/02/2023")]
    [TestCase("tháng 6/2023")]
    public void Impossible_or_partial_date_is_refused(string cell)
    {
        Assert.That(ProvinceListValues.TryDate(cell, out _), Is.False);
    }

    [Test]
    public void Empty_cells_read_as_unknown_not_as_zero()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListValues.TryScore(null, out var score) && score is null, Is.True);
            Assert.That(ProvinceListValues.TryStars(null, out var stars) && stars is null, Is.True);
            Assert.That(ProvinceListValues.TryDate(null, out var date) && date is null, Is.True);
        });
    }

    [TestCase("1.5", OcopGroup.Food, "1.5")]
    [TestCase("2", OcopGroup.Drinks, null)]
    [TestCase("Thủ công mỹ nghệ", OcopGroup.Handicrafts, null)]
    [TestCase("thao duoc", OcopGroup.Herbal, null)]
    public void Group_is_read_from_a_number_a_sub_group_code_or_a_name(string cell, OcopGroup group, string? subGroup)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListValues.TryGroup(cell, out var g, out var s), Is.True);
            Assert.That(g, Is.EqualTo(group));
            Assert.That(s, Is.EqualTo(subGroup));
        });
    }

    [TestCase("7")]
    [TestCase("1.9")]
    public void Unknown_group_is_refused(string cell)
    {
        Assert.That(ProvinceListValues.TryGroup(cell, out _, out _), Is.False);
    }

    [TestCase("Công ty TNHH MTV TMDV Thảo An Khang", ProducerKind.Company)]
    [TestCase("Chi nhánh Công ty TNHH MTV TMDV Phan Nam - Nông trại Phan Nam", ProducerKind.Company)]
    [TestCase("Hợp tác xã Nông nghiệp Mỹ Khánh", ProducerKind.Cooperative)]
    [TestCase("HTX Rau sạch", ProducerKind.Cooperative)]
    [TestCase("Tổ hợp tác Dâu tằm", ProducerKind.CooperativeGroup)]
    [TestCase("Hộ Kinh doanh Dâu tằm 2 Thuận", ProducerKind.HouseholdBusiness)]
    [TestCase("Hộ kinh doanh cơ sở Đồ Mai", ProducerKind.HouseholdBusiness)]
    public void Producer_kind_comes_from_the_legal_name(string name, ProducerKind kind)
    {
        Assert.That(ProvinceListValues.KindOfProducer(name), Is.EqualTo(kind));
    }

    [Test]
    public void Producer_name_that_does_not_say_its_legal_form_gives_no_kind()
    {
        Assert.That(ProvinceListValues.KindOfProducer("Nông trại Phan Nam"), Is.Null);
    }

    [Test]
    public void Address_is_split_into_street_commune_and_district_without_repeating_the_province()
    {
        var address = ProvinceListValues.Address("Tổ 3, ấp Bình Hòa, Xã Mỹ Khánh, Thành phố Long Xuyên, An Giang", "An Giang");

        Assert.Multiple(() =>
        {
            Assert.That(address.Street, Is.EqualTo("Tổ 3, ấp Bình Hòa"));
            Assert.That(address.CommuneOrWard, Is.EqualTo("Xã Mỹ Khánh"));
            Assert.That(address.District, Is.EqualTo("Thành phố Long Xuyên"));
            Assert.That(address.Province, Is.EqualTo("An Giang"));
        });
    }

    [Test]
    public void Address_without_commune_or_district_keeps_everything_as_street()
    {
        var address = ProvinceListValues.Address("Khu đô thị Sao Mai", "tỉnh An Giang");

        Assert.Multiple(() =>
        {
            Assert.That(address.Street, Is.EqualTo("Khu đô thị Sao Mai"));
            Assert.That(address.CommuneOrWard, Is.Null);
            Assert.That(address.District, Is.Null);
            Assert.That(address.Province, Is.EqualTo("tỉnh An Giang"));
        });
    }
}
