using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Media;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>
/// One photo: its details, its sizes and its alt texts to correct. A photo has no producer, so a producer-limited
/// writer sees only the ones they uploaded themselves (others answer 404, as out-of-scope items do everywhere).
/// </summary>
public sealed class MediaEditModel(MediaLibrary library, MediaRenderer renderer, AuditTrail audit, IStringLocalizer<BackOfficeText> text, IOptions<MediaOptions> options)
    : PageModel
{
    public MediaItem Item { get; private set; } = null!;

    public IReadOnlyList<int> Widths { get; private set; } = [];

    [BindProperty]
    public string? Alt { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Alt = Item.Alt;
        AltEn = Item.AltEn;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (found, problem) = await library.UpdateAltAsync(id, Alt, AltEn, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (problem is { } refused)
        {
            ModelState.AddModelError(nameof(Alt), MediaMessages.For(refused, text, options.Value));
            return Page();
        }

        await audit.RecordAsync(User, "media.alt.changed", ContentItemType.Media, id, Alt?.Trim(), CancellationToken.None);
        TempData["Notice"] = text["Media.Edit.Saved"].Value;
        return Redirect("/backoffice/thu-vien-anh/" + id);
    }

    public string RenditionUrl(int width, MediaFormat format) => MediaUrls.Rendition(Item.Id, width, format);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(id, StaffMediaViewer.Of(User), cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Widths = renderer.WidthsFor(item.Width);
        return true;
    }
}
