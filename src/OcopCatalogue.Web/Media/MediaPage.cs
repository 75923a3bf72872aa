namespace OcopCatalogue.Web.Media;

/// <summary>One page of the library: the items, newest first, and how many match in all.</summary>
public sealed record MediaPage(IReadOnlyList<MediaItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
