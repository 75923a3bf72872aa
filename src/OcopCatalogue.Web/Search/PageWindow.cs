namespace OcopCatalogue.Web.Search;

/// <summary>
/// Which page numbers a pagination bar shows: the first, the last and two either side of the current one,
/// with a gap (null) where numbers are left out. A search over thousands of products has hundreds of pages,
/// and a link to each would bury the results under numbers.
/// </summary>
public static class PageWindow
{
    private const int Around = 2;

    public static IReadOnlyList<int?> Numbers(int current, int pageCount)
    {
        var numbers = new List<int?>();
        for (var n = 1; n <= pageCount; n++)
        {
            if (n == 1 || n == pageCount || Math.Abs(n - current) <= Around)
            {
                numbers.Add(n);
            }
            else if (numbers[^1] is not null)
            {
                numbers.Add(null);
            }
        }

        return numbers;
    }
}
