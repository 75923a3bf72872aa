using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Media;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>
/// Any member of staff uploads a photo with its alt text (media are shared, so a producer-limited writer may too).
/// On a refusal the form comes back with what was typed and a message saying what to do.
/// </summary>
[MediaUploadSizeLimit]
public sealed class MediaUploadModel(MediaLibrary library, AuditTrail audit, IStringLocalizer<BackOfficeText> text, IOptions<MediaOptions> options) : PageModel
{
    [BindProperty]
    public IFormFile? Photo { get; set; }

    [BindProperty]
    public string? Alt { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    public MediaOptions Limits => options.Value;

    /// <summary>True after a post that came back: the browser has forgotten the chosen file.</summary>
    public bool ChooseAgain { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Photo is null || Photo.Length == 0)
        {
            ModelState.AddModelError(nameof(Photo), text["Media.Upload.FileRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Alt))
        {
            ModelState.AddModelError(nameof(Alt), MediaMessages.For(MediaProblem.AltMissing, text, Limits));
        }

        if (!ModelState.IsValid || Photo is null)
        {
            ChooseAgain = Photo is not null;
            return Page();
        }

        MediaUploadResult result;
        var content = Photo.OpenReadStream();
        await using (content.ConfigureAwait(false))
        {
            result = await library.UploadAsync(new MediaUpload(content, Photo.FileName, Alt, AltEn, User.Identity?.Name ?? ""), cancellationToken);
        }

        if (result.Item is { } item)
        {
            await audit.RecordAsync(User, "media.uploaded", ContentItemType.Media, item.Id,
                $"{item.OriginalFileName}: {item.Format} {item.Width}x{item.Height}, {item.ByteSize} bytes, {item.State}", CancellationToken.None);
        }
        else
        {
            // Refusals are kept too: a PHP file or an SVG sent to the library is worth knowing about.
            await audit.RecordAsync(User, "media.refused", detail: $"{UploadedFileName.ForDisplay(Photo.FileName)}: {result.Problem}", ct: CancellationToken.None);
        }

        if (result.IsReady)
        {
            TempData["Notice"] = text["Media.Upload.Done"].Value;
            return Redirect("/backoffice/thu-vien-anh/" + result.Item!.Id);
        }

        var problem = result.Problem ?? MediaProblem.ProcessingFailed;
        ModelState.AddModelError(problem is MediaProblem.AltMissing or MediaProblem.AltTooLong ? nameof(Alt) : nameof(Photo), MediaMessages.For(problem, text, Limits));
        ChooseAgain = true;
        return Page();
    }
}
