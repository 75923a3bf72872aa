using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// What the back office's lists of workflow items share: the search box (without accents) and the workflow state
/// filter. Filters are bound as text so a hand-edited query string gives the normal list: a value the list does not
/// know is dropped, never an error.
/// </summary>
public abstract class EditorialListPage : PageModel
{
    /// <summary>Names in Vietnamese alphabetical order, as people look them up.</summary>
    protected static StringComparer NameOrder { get; } = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? State { get; set; }

    /// <summary>The state asked for, or null (and <see cref="State"/> cleared) when none or none the list knows.</summary>
    protected PublicationState? ReadStateFilter()
    {
        var state = Choice<PublicationState>(State);
        if (state is null)
        {
            State = null;
        }

        return state;
    }

    /// <summary>The member of <typeparamref name="TEnum"/> the text names; null for anything else, numbers included.</summary>
    protected static TEnum? Choice<TEnum>(string? text)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value : null;

    /// <summary>The items whose name holds the search words, accents and case aside; all of them without a search.</summary>
    protected IEnumerable<T> Searched<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var folded = VietnameseText.Fold(Query);
        return folded.Length == 0 ? items : items.Where(item => VietnameseText.Fold(name(item)).Contains(folded, StringComparison.Ordinal));
    }
}
