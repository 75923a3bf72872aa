using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Search;

public sealed class SearchFilterTests
{
    [Test]
    public void Reads_the_words_and_the_catalogues_facet_tokens()
    {
        var filter = SearchFilter.FromQuery(Query(("q", "  dau   tam "), ("nhom", "2"), ("sao", "4"), ("sao", "3"), ("dia-phuong", "thanh-pho-long-xuyen"),
            ("trang-thai", "con-hieu-luc"), ("trang", "3")));

        Assert.That(filter, Is.EqualTo(new SearchFilter
        {
            Query = "dau tam",
            Facets = new FacetSelection
            {
                Group = OcopGroup.Drinks,
                Stars = new HashSet<StarRating> { StarRating.Three, StarRating.Four },
                Locality = "thanh-pho-long-xuyen",
                Status = CertificateStatus.Valid,
            },
            Page = 3,
        }));
    }

    [Test]
    public void Values_that_mean_nothing_are_ignored()
    {
        var filter = SearchFilter.FromQuery(Query(("q", "tra"), ("nhom", "abc"), ("nhom", "9"), ("sao", "9"), ("sao", "-3"), ("dia-phuong", "Long Xuyên"),
            ("trang-thai", "xyz"), ("trang", "-1")));

        Assert.That(filter, Is.EqualTo(new SearchFilter { Query = "tra" }));
    }

    [Test]
    public void Url_lists_the_words_then_the_filters_in_a_fixed_order_and_leaves_defaults_out()
    {
        var filter = new SearchFilter
        {
            Query = "trà xạ đen",
            Facets = new FacetSelection
            {
                Stars = new HashSet<StarRating> { StarRating.Five, StarRating.Three },
                Group = OcopGroup.Drinks,
                Status = CertificateStatus.Expired,
            },
        };

        Assert.Multiple(() =>
        {
            Assert.That(filter.ToUrl(), Is.EqualTo("/tim-kiem?q=tr%C3%A0%20x%E1%BA%A1%20%C4%91en&nhom=2&sao=3&sao=5&trang-thai=het-han"));
            Assert.That(new SearchFilter().ToUrl(), Is.EqualTo("/tim-kiem"));
            Assert.That(SearchFilter.FromQuery(QueryOf(filter.ToUrl(4))), Is.EqualTo(filter with { Page = 4 }), "a URL reads back as the same state");
        });
    }

    [Test]
    public void Facet_links_toggle_one_value_and_go_back_to_the_first_page()
    {
        var filter = new SearchFilter { Query = "tra", Facets = new FacetSelection { Stars = new HashSet<StarRating> { StarRating.Three }, Group = OcopGroup.Food }, Page = 3 };

        Assert.Multiple(() =>
        {
            Assert.That(filter.ToggleStarsUrl(StarRating.Four), Is.EqualTo("/tim-kiem?q=tra&nhom=1&sao=3&sao=4"));
            Assert.That(filter.ToggleStarsUrl(StarRating.Three), Is.EqualTo("/tim-kiem?q=tra&nhom=1"));
            Assert.That(filter.ToggleGroupUrl(OcopGroup.Food), Is.EqualTo("/tim-kiem?q=tra&sao=3"));
            Assert.That(filter.ToggleGroupUrl(OcopGroup.Drinks), Is.EqualTo("/tim-kiem?q=tra&nhom=2&sao=3"));
            Assert.That(filter.ToggleLocalityUrl("huyen-long-my"), Is.EqualTo("/tim-kiem?q=tra&nhom=1&sao=3&dia-phuong=huyen-long-my"));
            Assert.That(filter.ToggleStatusUrl(CertificateStatus.Valid), Is.EqualTo("/tim-kiem?q=tra&nhom=1&sao=3&trang-thai=con-hieu-luc"));
            Assert.That(filter.UnfilteredUrl(), Is.EqualTo("/tim-kiem?q=tra"));
        });
    }

    [Test]
    public void Search_reads_the_catalogues_facets_as_the_catalogue_does_except_the_producer_kind_it_does_not_offer()
    {
        var query = Query(("q", "tra"), ("nhom", "2"), ("sao", "4"), ("dia-phuong", "huyen-long-my"), ("loai-chu-the", "hop-tac-xa"), ("trang-thai", "het-han"));

        var search = SearchFilter.FromQuery(query);
        var catalogue = CatalogueFilter.FromQuery(query);

        Assert.Multiple(() =>
        {
            Assert.That(search.Facets, Is.EqualTo(catalogue.Facets with { ProducerKind = null }));
            Assert.That(catalogue.Facets.ProducerKind, Is.EqualTo(ProducerKind.Cooperative));
            Assert.That(search.ToUrl(), Does.Not.Contain("loai-chu-the"));
        });
    }

    [Test]
    public void A_very_long_query_is_cut_to_what_the_engine_reads_without_splitting_an_emoji()
    {
        var typed = new string('a', 199) + "🍵" + new string('b', 800);

        var filter = SearchFilter.FromQuery(Query(("q", typed)));

        Assert.Multiple(() =>
        {
            Assert.That(filter.Query, Has.Length.EqualTo(199));
            Assert.That(filter.Query.Any(char.IsSurrogate), Is.False);
        });
    }

    [TestCase(1, 1, "1")]
    [TestCase(1, 3, "1 2 3")]
    [TestCase(1, 10, "1 2 3 … 10")]
    [TestCase(6, 12, "1 … 4 5 6 7 8 … 12")]
    [TestCase(12, 12, "1 … 10 11 12")]
    public void Pagination_shows_the_ends_and_two_pages_either_side(int current, int count, string expected)
    {
        var numbers = PageWindow.Numbers(current, count);

        Assert.That(string.Join(' ', numbers.Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")), Is.EqualTo(expected));
    }

    private static QueryCollection Query(params (string Key, string Value)[] pairs) =>
        new(pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray())));

    private static QueryCollection QueryOf(string url) =>
        new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query));
}
