using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>The content types registered with the workflow, by type and by URL segment.</summary>
public sealed class EditorialContentTypes(IEnumerable<IEditorialContent> types)
{
    private readonly List<IEditorialContent> _types = [.. types];

    public IReadOnlyList<IEditorialContent> All => _types;

    public IEditorialContent? Find(ContentItemType type) => _types.FirstOrDefault(t => t.Type == type);

    public IEditorialContent Get(ContentItemType type) =>
        Find(type) ?? throw new InvalidOperationException($"{type} is not registered with the editorial workflow.");

    /// <summary>The type of a URL segment ("san-pham"); null for anything else, which pages answer with 404.</summary>
    public IEditorialContent? FindBySegment(string? segment) =>
        _types.FirstOrDefault(t => string.Equals(t.Segment, segment, StringComparison.Ordinal));
}
