namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Products worth showing first: a valid certificate, then more stars, then a higher score, then the name in the
/// culture's order, and the slug last. The slug is unique, so the order is total: a list kept in this order can take
/// in a changed entry by merging it (<see cref="PublishedCatalogue"/> does on publish) and ends up exactly as a
/// fresh sort would, whatever order the entries were read in.
/// </summary>
public sealed class FeaturedOrder(StringComparer nameOrder) : IComparer<CatalogueEntry>
{
    public StringComparer NameOrder { get; } = nameOrder;

    public int Compare(CatalogueEntry? x, CatalogueEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = y.Standing.ShowsOcopMark.CompareTo(x.Standing.ShowsOcopMark);
        if (order == 0)
        {
            // Descending, with no stars or score after any.
            order = Nullable.Compare(y.Stars, x.Stars);
        }

        if (order == 0)
        {
            order = Nullable.Compare(y.Score, x.Score);
        }

        if (order == 0)
        {
            order = NameOrder.Compare(x.Name, y.Name);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Slug, y.Slug);
    }
}
