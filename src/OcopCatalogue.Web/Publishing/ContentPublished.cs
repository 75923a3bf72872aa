namespace OcopCatalogue.Web.Publishing;

/// <summary>
/// Content in the store has changed and is live: derived artefacts (search index, output cache) should follow.
/// Raised once per editorial action or import run, never per row, so a consumer can batch its work.
/// </summary>
/// <param name="Items">Every item added or updated, each once. A changed certificate also names its product,
/// whose public page shows it.</param>
/// <param name="Origin">What published the change, for logs (for example "uSync import").</param>
public sealed record ContentPublished(IReadOnlyList<ContentItemRef> Items, string Origin)
{
    public IEnumerable<Guid> IdsOf(ContentItemType type) => Items.Where(i => i.Type == type).Select(i => i.Id);

    public bool Includes(ContentItemType type) => Items.Any(i => i.Type == type);
}
