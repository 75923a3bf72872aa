using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Search;

/// <summary>Published changes reach search results through the ContentPublished notification, without a restart.</summary>
public sealed class SearchFollowsPublishingTests
{
    [Test]
    public async Task Added_product_is_found_and_unpublished_product_is_gone_without_a_restart()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var search = factory.Services.GetRequiredService<SiteSearch>();
        var before = await search.SearchAsync(new SearchRequest { Query = "tuong ot" });
        Assert.That(before.Hits.Select(h => h.Slug), Does.Not.Contain("tuong-ot-thai-hoa"), "not there yet");

        usync.Write("products/tuong-ot-thai-hoa.json", usync.Read("products/sa-te-thai-hoa.json")
            .Replace("fe71a609-0cb1-4a01-9c7d-012fb42e8466", "5a0c1f2e-2d1b-4c55-9a53-0d1e3f3b9c11", StringComparison.Ordinal)
            .Replace("\"slug\": \"sa-te-thai-hoa\"", "\"slug\": \"tuong-ot-thai-hoa\"", StringComparison.Ordinal)
            .Replace("\"name\": \"Sa tế Thái Hòa\"", "\"name\": \"Tương ớt Thái Hòa\"", StringComparison.Ordinal));
        // A trace code belongs to one product; the copy has none of its own yet.
        usync.Edit("products/tuong-ot-thai-hoa.json", json => json["traceCode"] = null);
        await factory.ImportAsync();
        var added = await search.SearchAsync(new SearchRequest { Query = "tuong ot" });

        usync.Edit("products/sa-te-thai-hoa.json", json => json["state"] = "Unpublished");
        await factory.ImportAsync();
        var unpublished = await search.SearchAsync(new SearchRequest { Query = "sa te thai hoa", Kinds = [SearchItemKind.Product] });

        Assert.Multiple(() =>
        {
            Assert.That(added.Hits.Select(h => h.Slug), Does.Contain("tuong-ot-thai-hoa"));
            Assert.That(unpublished.Hits.Select(h => h.Slug), Does.Not.Contain("sa-te-thai-hoa"));
        });
    }

    [Test]
    public async Task Renamed_producer_is_found_under_its_new_name_in_its_products()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var search = factory.Services.GetRequiredService<SiteSearch>();

        usync.Edit("producers/ho-kinh-doanh-vuong-thi-lien.json", json => json["name"] = "Hộ Kinh doanh Sa tế Bà Liên");
        await factory.ImportAsync();
        var results = await search.SearchAsync(new SearchRequest { Query = "ba lien", Kinds = [SearchItemKind.Product] });

        Assert.That(results.Hits.Select(h => h.Slug), Does.Contain("sa-te-thai-hoa"), "the product document carries the producer's new name");
    }

    [Test]
    public async Task Search_facts_take_in_a_publish_row_by_row_and_match_a_fresh_read()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var index = factory.Services.GetRequiredService<SearchIndex>();
        var facts = factory.Services.GetRequiredService<IndexedFacts>();
        var changed = await factory.ProductIdAsync("sa-te-thai-hoa");
        var untouchedRow = RowOf(index, await factory.ProductIdAsync("buoi-da-xanh-long-my"));
        var before = facts.Current();

        await SetGroupAsync(factory, changed, OcopGroup.Drinks);
        var afterOne = facts.Current();
        var freshAfterOne = new IndexedFacts(index).Current();
        // Two publishes with no search between them: the facts are read again as a whole.
        await SetGroupAsync(factory, changed, OcopGroup.Herbal);
        await SetGroupAsync(factory, changed, OcopGroup.Food);
        var afterTwo = facts.Current();
        var freshAfterTwo = new IndexedFacts(index).Current();

        Assert.Multiple(() =>
        {
            Assert.That(afterOne[RowOf(index, changed)].Group, Is.EqualTo((int)OcopGroup.Drinks));
            Assert.That(afterOne, Is.EquivalentTo(freshAfterOne), "the same rows and facts as reading every row");
            Assert.That(afterOne[untouchedRow], Is.SameAs(before[untouchedRow]), "the other rows were not read again");
            Assert.That(afterTwo[RowOf(index, changed)].Group, Is.EqualTo((int)OcopGroup.Food));
            Assert.That(afterTwo, Is.EquivalentTo(freshAfterTwo));
        });
    }

    private static async Task SetGroupAsync(OcopWebFactory factory, Guid productId, OcopGroup group)
    {
        await factory.WithDbAsync(db => db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Group, group)));
        await factory.PublishAsync(new ContentItemRef(ContentItemType.Product, productId));
    }

    private static long RowOf(SearchIndex index, Guid itemId)
    {
        using var connection = new SqliteConnection($"Data Source={index.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM docs WHERE item_id = $id";
        command.Parameters.AddWithValue("$id", itemId.ToString());
        return (long)command.ExecuteScalar()!;
    }
}
