using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>The library: every photo the member of staff may see (<see cref="MediaLibrary.VisibleTo"/>), newest first, searchable by alt text and file name, a page at a time.</summary>
public sealed class MediaListModel(MediaLibrary library, MediaRenderer renderer) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // A malformed number (?trang=abc) binds as nothing and shows the first page.
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public MediaPage Result { get; private set; } = new([], 0, 1, PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 200)] : null;
        Result = await library.SearchAsync(Query, PageNumber, PageSize, readyOnly: false, StaffMediaViewer.Of(User), cancellationToken);
    }

    /// <summary>The smallest JPEG of a Ready photo, for the grid.</summary>
    public string Thumbnail(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return MediaUrls.Rendition(item.Id, renderer.WidthsFor(item.Width)[0], MediaFormat.Jpeg);
    }

    public string PageUrl(int page) =>
        "/backoffice/thu-vien-anh?" + (Query is null ? "" : "q=" + Uri.EscapeDataString(Query) + "&") + "trang=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
