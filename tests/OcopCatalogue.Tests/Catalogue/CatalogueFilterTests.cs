using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class CatalogueFilterTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    [Test]
    public void An_empty_query_filters_nothing_and_starts_on_page_one()
    {
        var filter = CatalogueFilter.FromQuery(Query());

        Assert.Multiple(() =>
        {
            Assert.That(filter.IsFiltered, Is.False);
            Assert.That(filter.Page, Is.EqualTo(1));
            Assert.That(filter.Sort, Is.EqualTo(CatalogueSort.Name));
            Assert.That(filter.ToUrl(), Is.EqualTo("/san-pham"));
        });
    }

    [Test]
    public void Every_filter_is_read_from_its_Vietnamese_parameter()
    {
        var filter = CatalogueFilter.FromQuery(Query(
            ("nhom", "2"), ("sao", "3"), ("sao", "5"), ("dia-phuong", "thanh-pho-long-xuyen"),
            ("loai-chu-the", "hop-tac-xa"), ("trang-thai", "sap-het-han"), ("sap-xep", "diem-cao"), ("trang", "3")));

        Assert.Multiple(() =>
        {
            Assert.That(filter.Facets.Group, Is.EqualTo(OcopGroup.Drinks));
            Assert.That(filter.Facets.Stars, Is.EquivalentTo(Items(StarRating.Three, StarRating.Five)));
            Assert.That(filter.Facets.Locality, Is.EqualTo("thanh-pho-long-xuyen"));
            Assert.That(filter.Facets.ProducerKind, Is.EqualTo(ProducerKind.Cooperative));
            Assert.That(filter.Facets.Status, Is.EqualTo(CertificateStatus.Expiring));
            Assert.That(filter.Sort, Is.EqualTo(CatalogueSort.HighestScore));
            Assert.That(filter.Page, Is.EqualTo(3));
        });
    }

    [TestCase("trang", "-1")]
    [TestCase("trang", "abc")]
    [TestCase("trang", "0")]
    [TestCase("trang", "99999999999999999999")]
    [TestCase("trang", "+2")]
    [TestCase("sao", "9")]
    [TestCase("sao", "2")]
    [TestCase("sao", "ba")]
    [TestCase("nhom", "<script>")]
    [TestCase("nhom", "7")]
    [TestCase("nhom", "0")]
    [TestCase("nhom", "1.5")]
    [TestCase("dia-phuong", "Long Xuyên")]
    [TestCase("dia-phuong", "../etc")]
    [TestCase("loai-chu-the", "company")]
    [TestCase("trang-thai", "Valid")]
    [TestCase("trang-thai", "2")]
    [TestCase("sap-xep", "gia")]
    public void A_value_the_catalogue_does_not_offer_is_ignored(string key, string value)
    {
        var filter = CatalogueFilter.FromQuery(Query((key, value)));

        Assert.Multiple(() =>
        {
            Assert.That(filter.IsFiltered, Is.False);
            Assert.That(filter.Page, Is.EqualTo(1));
            Assert.That(filter.Sort, Is.EqualTo(CatalogueSort.Name));
        });
    }

    [Test]
    public void Very_long_values_are_ignored_without_being_parsed()
    {
        var longDigits = new string('1', 5000);
        var filter = CatalogueFilter.FromQuery(Query(("trang", longDigits), ("sao", "3" + new string(' ', 200)), ("dia-phuong", new string('a', 150))));

        Assert.Multiple(() =>
        {
            Assert.That(filter.Page, Is.EqualTo(1));
            Assert.That(filter.Facets.Stars, Is.Empty);
            Assert.That(filter.Facets.Locality, Is.Null);
        });
    }

    [Test]
    public void Repeated_single_value_keys_take_the_first_meaningful_value()
    {
        var filter = CatalogueFilter.FromQuery(Query(("nhom", "x"), ("nhom", "4"), ("nhom", "2"), ("trang", "abc"), ("trang", "2"), ("sao", "4"), ("sao", "4")));

        Assert.Multiple(() =>
        {
            Assert.That(filter.Facets.Group, Is.EqualTo(OcopGroup.Handicrafts));
            Assert.That(filter.Page, Is.EqualTo(2));
            Assert.That(filter.Facets.Stars, Is.EquivalentTo(Items(StarRating.Four)));
        });
    }

    [Test]
    public void The_filter_round_trips_through_its_url()
    {
        var original = CatalogueFilter.FromQuery(Query(
            ("sao", "5"), ("sao", "3"), ("nhom", "1"), ("dia-phuong", "huyen-long-my"), ("loai-chu-the", "ho-kinh-doanh"),
            ("trang-thai", "chua-cong-bo-ngay"), ("sap-xep", "moi-cap-nhat"), ("trang", "2")));

        var url = original.ToUrl();
        var reread = CatalogueFilter.FromQuery(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query)));

        Assert.Multiple(() =>
        {
            Assert.That(url, Is.EqualTo("/san-pham?nhom=1&sao=3&sao=5&dia-phuong=huyen-long-my&loai-chu-the=ho-kinh-doanh&trang-thai=chua-cong-bo-ngay&sap-xep=moi-cap-nhat&trang=2"));
            Assert.That(reread, Is.EqualTo(original));
            Assert.That(reread, Is.Not.EqualTo(original with { Facets = original.Facets with { Stars = new HashSet<StarRating> { StarRating.Three } } }));
            Assert.That(original.ToUrl(page: 1), Does.Not.Contain("trang="));
        });
    }

    [Test]
    public void Group_stars_and_status_combine()
    {
        var entries = Sample();
        var filter = CatalogueFilter.FromQuery(Query(("nhom", "1"), ("sao", "3"), ("sao", "4"), ("trang-thai", "con-hieu-luc")));

        var result = filter.Apply(entries, VietnameseOrder);

        Assert.That(result.Items.Select(e => e.Name), Is.EqualTo(Items("Bánh tét", "Bắp non", "Mắm cá linh")));
        Assert.That(result.Total, Is.EqualTo(3));
    }

    [Test]
    public void Each_option_counts_what_choosing_it_would_give_under_the_other_filters()
    {
        var entries = Sample();
        var filter = CatalogueFilter.FromQuery(Query(("nhom", "1"), ("sao", "3")));

        var result = filter.Apply(entries, VietnameseOrder);

        Assert.Multiple(() =>
        {
            // Stars counted within Food, ignoring the star filter itself.
            Assert.That(Count(result.Stars, StarRating.Three), Is.EqualTo(3));
            Assert.That(Count(result.Stars, StarRating.Four), Is.EqualTo(1));
            Assert.That(Count(result.Stars, StarRating.Five), Is.EqualTo(0));
            // Groups counted among 3★ products, ignoring the group filter.
            Assert.That(Count(result.Groups, OcopGroup.Food), Is.EqualTo(3));
            Assert.That(Count(result.Groups, OcopGroup.Drinks), Is.EqualTo(1));
            Assert.That(Count(result.Groups, OcopGroup.CommunityTourism), Is.EqualTo(0));
            // Statuses counted among 3★ food.
            Assert.That(Count(result.Statuses, CertificateStatus.Valid), Is.EqualTo(2));
            Assert.That(Count(result.Statuses, CertificateStatus.Expired), Is.EqualTo(1));
            Assert.That(Count(result.Statuses, CertificateStatus.NotRated), Is.EqualTo(0));
            Assert.That(result.Localities.Single(l => l.Key == "huyen-long-my").Count, Is.EqualTo(1));
            Assert.That(result.Total, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_proposal_is_not_counted_as_stars_and_a_revoked_rating_no_longer_is()
    {
        var entries = Sample();
        var filter = CatalogueFilter.FromQuery(Query(("sao", "4")));

        var result = filter.Apply(entries, VietnameseOrder);

        Assert.That(result.Items.Select(e => e.Name), Is.EqualTo(Items("Bắp non")));
    }

    [Test]
    public void An_unknown_locality_is_dropped_rather_than_showing_nothing()
    {
        var entries = Sample();
        var filter = CatalogueFilter.FromQuery(Query(("dia-phuong", "noi-khong-co")));

        var result = filter.Apply(entries, VietnameseOrder);

        Assert.Multiple(() =>
        {
            Assert.That(result.Total, Is.EqualTo(entries.Count));
            Assert.That(result.Filter.Facets.Locality, Is.Null);
        });
    }

    [Test]
    public void Locality_and_producer_kind_filter_by_their_keys()
    {
        var entries = Sample();

        var byLocality = CatalogueFilter.FromQuery(Query(("dia-phuong", "huyen-long-my"))).Apply(entries, VietnameseOrder);
        var byKind = CatalogueFilter.FromQuery(Query(("loai-chu-the", "hop-tac-xa"))).Apply(entries, VietnameseOrder);

        Assert.Multiple(() =>
        {
            Assert.That(byLocality.Items.Select(e => e.Name), Is.EqualTo(Items("Mắm cá linh")));
            Assert.That(byKind.Items.Select(e => e.Name), Is.EquivalentTo(Items("Mắm cá linh", "Trà sen")));
        });
    }

    [Test]
    public void Pages_hold_twelve_products_and_a_page_past_the_end_shows_the_last()
    {
        var entries = Enumerable.Range(1, 14).Select(i => Entry($"Sản phẩm {i:00}", OcopGroup.Food, Valid(60))).ToList();

        var first = CatalogueFilter.None.Apply(entries, VietnameseOrder);
        var beyond = CatalogueFilter.FromQuery(Query(("trang", "9"))).Apply(entries, VietnameseOrder);

        Assert.Multiple(() =>
        {
            Assert.That(first.Items, Has.Count.EqualTo(CatalogueFilter.PageSize));
            Assert.That(first.PageCount, Is.EqualTo(2));
            Assert.That(first.Total, Is.EqualTo(14));
            Assert.That(beyond.Filter.Page, Is.EqualTo(2));
            Assert.That(beyond.Items.Select(e => e.Name), Is.EqualTo(Items("Sản phẩm 13", "Sản phẩm 14")));
        });
    }

    [Test]
    public void Names_sort_in_Vietnamese_alphabetical_order()
    {
        var entries = Items("Đường thốt nốt", "Dưa lưới", "Ốc gạo", "Bánh tráng", "Ổi xá lị")
            .Select(n => Entry(n, OcopGroup.Food)).ToList();

        var result = CatalogueFilter.None.Apply(entries, VietnameseOrder);

        Assert.That(result.Items.Select(e => e.Name), Is.EqualTo(Items("Bánh tráng", "Dưa lưới", "Đường thốt nốt", "Ốc gạo", "Ổi xá lị")));
    }

    [Test]
    public void Highest_score_sort_puts_unscored_products_last()
    {
        var entries = Sample();

        var result = CatalogueFilter.FromQuery(Query(("sap-xep", "diem-cao"))).Apply(entries, VietnameseOrder);

        Assert.Multiple(() =>
        {
            Assert.That(result.Items[0].Name, Is.EqualTo("Rượu"));
            Assert.That(result.Items.Select(e => e.Score).TakeWhile(s => s is not null), Is.Ordered.Descending);
            Assert.That(result.Items.SkipWhile(e => e.Score is not null).Select(e => e.Score), Is.All.Null);
        });
    }

    private static T[] Items<T>(params T[] items) => items;

    private static int Count<T>(IEnumerable<FacetCount<T>> facets, T value) => facets.Single(f => EqualityComparer<T>.Default.Equals(f.Value, value)).Count;

    private static QueryCollection Query(params (string Key, string Value)[] pairs) =>
        new(pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray())));

    private static List<CatalogueEntry> Sample() =>
    [
        Entry("Bánh tét", OcopGroup.Food, Valid(60), ProducerKind.HouseholdBusiness),
        Entry("Mắm cá linh", OcopGroup.Food, Valid(65), ProducerKind.Cooperative, "huyện Long Mỹ"),
        Entry("Khô cá lóc", OcopGroup.Food, Expired(55)),
        Entry("Bắp non", OcopGroup.Food, Valid(85.2m)),
        Entry("Thốt nốt đóng lon", OcopGroup.Food, Proposed(84.5m)),
        Entry("Bưởi da xanh", OcopGroup.Food),
        Entry("Trà sen", OcopGroup.Drinks, Valid(52), ProducerKind.Cooperative),
        Entry("Siro", OcopGroup.Drinks, Revoked(75)),
        Entry("Rượu", OcopGroup.Drinks, Valid(92)),
    ];

    private static CatalogueEntry Entry(string name, OcopGroup group, Certificate? certificate = null, ProducerKind kind = ProducerKind.Company, string locality = "thành phố Long Xuyên") => new()
    {
        Id = Guid.NewGuid(),
        Slug = OcopCatalogue.Core.Text.Slug.From(name),
        Name = name,
        Group = group,
        Standing = OcopStanding.On(certificate is null ? [] : [certificate], Today),
        ProducerName = "Chủ thể " + name,
        ProducerKind = kind,
        Locality = locality,
    };

    private static Certificate Valid(decimal score) => new() { Sequence = 1, Score = score, DecisionDate = new DateOnly(2024, 1, 1) };

    private static Certificate Expired(decimal score) => new() { Sequence = 1, Score = score, DecisionDate = new DateOnly(2020, 1, 1) };

    private static Certificate Proposed(decimal score) => new() { Sequence = 1, Score = score, IsProposed = true };

    private static Certificate Revoked(decimal score) => new() { Sequence = 1, Score = score, DecisionDate = new DateOnly(2024, 1, 1), IsRevoked = true };
}
