using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Search;

/// <summary>
/// What people type on a phone — no accents, wrong accents, one typo, half a word, a producer, a place — against
/// the real seeded content in uSync/: the product or producer they mean must be the first result.
/// </summary>
public sealed class SearchRelevanceTests
{
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHostWithRepositoryContent()
    {
        _factory = new OcopWebFactory();
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    private static IEnumerable<TestCaseData> Queries()
    {
        // Without accents.
        yield return Expect("tra xa den", "san-pham/tra-xa-den");
        yield return Expect("tra tui loc", "san-pham/tra-tui-loc-xa-den");
        yield return Expect("mut dau tam", "san-pham/mut-dau-tam");
        yield return Expect("ruou dau tam", "san-pham/ruou-dau-tam");
        yield return Expect("nuoc cot dau tam", "san-pham/nuoc-cot-dau-tam-tuoi");
        yield return Expect("thot not", "san-pham/thot-not-dong-lon");
        yield return Expect("sa te", "san-pham/sa-te-thai-hoa");
        yield return Expect("mang cau", "san-pham/mang-cau-xiem-long-my");
        yield return Expect("buoi da xanh", "san-pham/buoi-da-xanh-long-my");
        yield return Expect("bap non", "san-pham/bap-non-dong-hop");
        yield return Expect("siro atiso", "san-pham/siro-atiso-do");
        yield return Expect("hoa dau biec", "san-pham/tra-hoa-dau-biec");
        yield return Expect("gio cha", "san-pham/gio-cha-truyen-thong-hoang-duy");
        yield return Expect("dong trung ha thao", "san-pham/nam-dong-trung-ha-thao-cordyceps-minh-khoi");
        yield return Expect("tranh bo de kho", "san-pham/tranh-la-bo-de-kho-nghe-thuat");
        yield return Expect("bo de gan", "san-pham/tranh-la-bo-de-gan-nghe-thuat");

        // With the accents right.
        yield return Expect("Trà Xạ đen", "san-pham/tra-xa-den");
        yield return Expect("Thốt nốt", "san-pham/thot-not-dong-lon");
        yield return Expect("Mãng cầu xiêm", "san-pham/mang-cau-xiem-long-my");
        yield return Expect("Bưởi", "san-pham/buoi-da-xanh-long-my");
        yield return Expect("Giò chả", "san-pham/gio-cha-truyen-thong-hoang-duy");

        // With the accents wrong.
        yield return Expect("thot nót", "san-pham/thot-not-dong-lon");
        yield return Expect("trà xa đên", "san-pham/tra-xa-den");
        yield return Expect("mang câu", "san-pham/mang-cau-xiem-long-my");
        yield return Expect("bưoi da xành", "san-pham/buoi-da-xanh-long-my");
        yield return Expect("sà tê thai hoa", "san-pham/sa-te-thai-hoa");

        // With one typo.
        yield return Expect("tra sa den", "san-pham/tra-xa-den");
        yield return Expect("thot nott", "san-pham/thot-not-dong-lon");
        yield return Expect("mang cua xiem", "san-pham/mang-cau-xiem-long-my");
        yield return Expect("buoii da xanh", "san-pham/buoi-da-xanh-long-my");
        yield return Expect("siro atisso", "san-pham/siro-atiso-do");
        yield return Expect("bap nom", "san-pham/bap-non-dong-hop");
        yield return Expect("dong trun ha thao", "san-pham/nam-dong-trung-ha-thao-cordyceps-minh-khoi");

        // Partial words, as typed.
        yield return Expect("tra xa d", "san-pham/tra-xa-den");
        yield return Expect("thot n", "san-pham/thot-not-dong-lon");
        yield return Expect("mang c", "san-pham/mang-cau-xiem-long-my");
        yield return Expect("sir", "san-pham/siro-atiso-do");
        yield return Expect("cordy", "san-pham/nam-dong-trung-ha-thao-cordyceps-minh-khoi");
        yield return Expect("tranh la bo de g", "san-pham/tranh-la-bo-de-gan-nghe-thuat");

        // Producers.
        yield return Expect("thao an khang", "chu-the/thao-an-khang");
        yield return Expect("dau tam 2 thuan", "chu-the/dau-tam-2-thuan");
        yield return Expect("do mai", "chu-the/co-so-do-mai");
        yield return Expect("vuong thi lien", "chu-the/ho-kinh-doanh-vuong-thi-lien");
        yield return Expect("rau qua an giang", "chu-the/cong-ty-co-phan-thuc-pham-rau-qua-an-giang");
        yield return Expect("minh duc", "chu-the/ho-kinh-doanh-minh-duc");
        yield return Expect("nong trai phan nam", "chu-the/nong-trai-phan-nam");

        // Places.
        yield return Expect("buoi long my", "san-pham/buoi-da-xanh-long-my");
        yield return Expect("gio cha long khanh", "san-pham/gio-cha-truyen-thong-hoang-duy");
        yield return Expect("sa te my hoa hung", "san-pham/sa-te-thai-hoa");
        yield return Expect("mut my khanh", "san-pham/mut-dau-tam");
    }

    private static TestCaseData Expect(string query, string expectedPath) =>
        new TestCaseData(query, expectedPath).SetName($"“{query}” finds {expectedPath} first");

    [TestCaseSource(nameof(Queries))]
    public async Task Expected_item_is_ranked_first(string query, string expectedPath)
    {
        var search = _factory.Services.GetRequiredService<SiteSearch>();

        var results = await search.SearchAsync(new SearchRequest { Query = query });

        Assert.That(results.Hits, Is.Not.Empty, $"no result for “{query}”");
        var first = results.Hits[0];
        Assert.That(SearchUrls.For(first.Kind, first.Slug), Is.EqualTo("/" + expectedPath),
            $"“{query}” ranked: " + string.Join(", ", results.Hits.Take(5).Select(h => $"{h.Title} ({h.Relevance:F2})")));
    }

    [Test]
    public void Test_set_has_at_least_40_queries()
    {
        Assert.That(Queries().Count(), Is.GreaterThanOrEqualTo(40));
    }
}
