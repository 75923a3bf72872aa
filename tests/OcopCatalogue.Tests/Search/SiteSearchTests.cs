using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Search;

/// <summary>The search engine over a small seeded catalogue, through the real host and a real index file.</summary>
public sealed class SiteSearchTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private string _emptyUSync = "";
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartHostWithSeededCatalogue()
    {
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;
        _factory = new OcopWebFactory(_emptyUSync, FakeClock.OnVietnamDay(Today));
        _ = _factory.Server;
        var household = Producer("Hộ Kinh doanh Dâu tằm 2 Thuận", "Xã Mỹ Khánh");
        var company = Producer("Công ty TNHH MTV TMDV Thảo An Khang", "Phường Bình Khánh");
        await _factory.SaveAsync(
            household,
            company,
            Product("Mứt dâu tằm", household, OcopGroup.Food, new Certificate { Score = 63.4m, DecisionDate = new DateOnly(2025, 1, 10), Sequence = 1 }),
            Product("Rượu dâu tằm", household, OcopGroup.Drinks, new Certificate { Score = 62.8m, DecisionDate = new DateOnly(2022, 1, 10), Sequence = 1 }),
            Product("Trà Xạ đen", company, OcopGroup.Drinks, new Certificate { Score = 63.4m, DecisionDate = new DateOnly(2025, 3, 1), Sequence = 1 }),
            Product("Trà túi lọc xạ đen", company, OcopGroup.Drinks, new Certificate { Score = 64.6m, Sequence = 1 }),
            Product("Dau tam say deo", household, OcopGroup.Food),
            Product("Siro atiso thu hồi", company, OcopGroup.Drinks,
                new Certificate { Score = 60m, DecisionDate = new DateOnly(2024, 1, 10), IsRevoked = true, RevokedOn = new DateOnly(2025, 6, 1), Sequence = 1 }));
        await _factory.WithServiceAsync<SearchIndexer>(indexer => indexer.RebuildAsync());
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    private SiteSearch Search => _factory.Services.GetRequiredService<SiteSearch>();

    [Test]
    public async Task Query_without_accents_finds_d_stroke_words()
    {
        var results = await Search.SearchAsync(new SearchRequest { Query = "tra xa den" });

        Assert.That(results.Hits.Select(h => h.Title).Take(2), Is.EquivalentTo(new[] { "Trà Xạ đen", "Trà túi lọc xạ đen" }));
    }

    [Test]
    public async Task Exact_accents_rank_above_folded_matches()
    {
        var results = await Search.SearchAsync(new SearchRequest { Query = "dâu tằm", Kinds = [SearchItemKind.Product] });

        Assert.That(results.Hits[^1].Title, Is.EqualTo("Dau tam say deo"), "the name without accents matches only folded");
    }

    [Test]
    public async Task Currently_certified_product_ranks_above_an_expired_one_at_equal_relevance()
    {
        var results = await Search.SearchAsync(new SearchRequest { Query = "dâu tằm", Kinds = [SearchItemKind.Product] });
        var titles = results.Hits.Select(h => h.Title).ToList();

        Assert.That(titles.IndexOf("Mứt dâu tằm"), Is.LessThan(titles.IndexOf("Rượu dâu tằm")));
    }

    [Test]
    public async Task Mistyped_word_is_corrected_from_the_index_vocabulary()
    {
        var results = await Search.SearchAsync(new SearchRequest { Query = "tra sa den" });

        Assert.Multiple(() =>
        {
            Assert.That(results.CorrectedQuery, Is.EqualTo("tra xa den"));
            Assert.That(results.Hits[0].Title, Does.Contain("xạ đen").IgnoreCase);
        });
    }

    [Test]
    public async Task Facet_counts_follow_the_query_and_the_other_filters()
    {
        var all = await Search.SearchAsync(new SearchRequest { Query = "dau tam" });
        var drinks = await Search.SearchAsync(new SearchRequest { Query = "dau tam", Facets = new FacetSelection { Group = OcopGroup.Drinks } });

        Assert.Multiple(() =>
        {
            Assert.That(all.GroupCounts[(int)OcopGroup.Food], Is.EqualTo(2));
            Assert.That(all.GroupCounts[(int)OcopGroup.Drinks], Is.EqualTo(1));
            Assert.That(drinks.Hits.Select(h => h.Title), Is.EqualTo(new[] { "Rượu dâu tằm" }));
            Assert.That(drinks.GroupCounts[(int)OcopGroup.Food], Is.EqualTo(2), "the group facet still offers the other group");
            Assert.That(all.StatusCounts[CertificateStatus.Expired], Is.EqualTo(1));
            Assert.That(all.StatusCounts[CertificateStatus.NotRated], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Stars_of_a_revoked_certificate_are_neither_shown_nor_counted_nor_filtered()
    {
        var results = await Search.SearchAsync(new SearchRequest { Query = "siro atiso" });
        var threeStars = await Search.SearchAsync(new SearchRequest { Query = "siro atiso", Facets = new FacetSelection { Stars = new HashSet<StarRating> { StarRating.Three } } });

        Assert.Multiple(() =>
        {
            Assert.That(results.Hits.Single().Status, Is.EqualTo(CertificateStatus.Revoked));
            Assert.That(results.Hits.Single().Stars, Is.Null, "as the catalogue shows it");
            Assert.That(results.StarCounts, Is.Empty);
            Assert.That(threeStars.Total, Is.Zero);
        });
    }

    [TestCase("")]
    [TestCase("\"")]
    [TestCase("*")]
    [TestCase("NEAR(")]
    [TestCase("AND OR")]
    [TestCase("' OR 1=1 --")]
    [TestCase("🍵")]
    public async Task Query_syntax_and_junk_give_a_normal_answer(string query)
    {
        var results = await Search.SearchAsync(new SearchRequest { Query = query });

        Assert.That(results.Total, Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public async Task Suggest_endpoint_returns_products_as_json_for_a_partial_word()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/search/suggest?q=tra%20xa%20d", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var suggestions = json.RootElement.GetProperty("suggestions").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(suggestions.Select(s => s.GetProperty("url").GetString()), Does.Contain("/san-pham/tra-xa-den"));
        });
    }

    [Test]
    public async Task Suggestions_asked_from_the_English_site_link_to_English_pages()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/en/api/search/suggest?q=tra%20xa%20d", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = json.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();

        Assert.That(urls, Does.Contain("/en/products/tra-xa-den"));
    }

    private static Producer Producer(string name, string commune) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Slug = OcopCatalogue.Core.Text.Slug.From(name),
        Kind = ProducerKind.HouseholdBusiness,
        Address = new PostalAddress { CommuneOrWard = commune, District = "Thành phố Long Xuyên", Province = "An Giang" },
    };

    private static Product Product(string name, Producer producer, OcopGroup group, params Certificate[] certificates)
    {
        var id = Guid.NewGuid();
        foreach (var certificate in certificates)
        {
            certificate.Id = Guid.NewGuid();
            certificate.ProductId = id;
        }

        return new Product
        {
            Id = id,
            Name = name,
            Slug = OcopCatalogue.Core.Text.Slug.From(name),
            ProducerId = producer.Id,
            Group = group,
            Certificates = [.. certificates],
        };
    }
}
