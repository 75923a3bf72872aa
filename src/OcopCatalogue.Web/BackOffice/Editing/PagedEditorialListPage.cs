using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// A back-office list shown <see cref="PageSize"/> items a page: the page asked for (<c>trang</c>, kept within the
/// pages there are) and the addresses of the others, which keep the filters.
/// </summary>
public abstract class PagedEditorialListPage : EditorialListPage
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "trang")]
    public string? PageText { get; set; }

    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    /// <summary>The list's own address, which <see cref="PageUrl"/> adds the filters to.</summary>
    protected abstract string ListPath { get; }

    /// <summary>The filters in force, by their query string names and in the order the address shows them.</summary>
    protected abstract IEnumerable<(string Name, string? Value)> Filters { get; }

    /// <summary>This list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = Filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
        if (page > 1)
        {
            query.Add(KeyValuePair.Create("trang", (string?)page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(ListPath, query);
    }

    /// <summary>The page asked for of the whole list, counting it for the pager.</summary>
    protected IReadOnlyList<T> PageOf<T>(IReadOnlyCollection<T> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        Total = all.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, PageCount) : 1;
        return [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
