using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Cluster;

public sealed class InstructionItemsTests
{
    [Test]
    public void Items_read_back_as_written()
    {
        ContentItemRef[] items =
        [
            new(ContentItemType.Product, Guid.NewGuid()),
            new(ContentItemType.Certificate, Guid.NewGuid()),
            new(ContentItemType.Media, Guid.NewGuid()),
        ];

        Assert.That(InstructionItems.Read(InstructionItems.Write(items)), Is.EqualTo(items));
    }

    [Test]
    public void Items_are_written_compactly_with_the_type_by_name()
    {
        var id = Guid.Parse("fe71a609-0cb1-4a01-9c7d-012fb42e8466");

        var json = InstructionItems.Write([new ContentItemRef(ContentItemType.Product, id)]);

        Assert.That(json, Is.EqualTo("""[{"t":"Product","id":"fe71a609-0cb1-4a01-9c7d-012fb42e8466"}]"""));
    }

    [Test]
    public void A_type_this_server_does_not_know_is_left_out()
    {
        var id = Guid.NewGuid();

        var items = InstructionItems.Read($$"""[{"t":"NewsArticle","id":"{{Guid.NewGuid()}}"},{"t":"3","id":"{{Guid.NewGuid()}}"},{"t":"Page","id":"{{id}}"}]""");

        Assert.That(items, Is.EqualTo(new[] { new ContentItemRef(ContentItemType.Page, id) }));
    }
}
