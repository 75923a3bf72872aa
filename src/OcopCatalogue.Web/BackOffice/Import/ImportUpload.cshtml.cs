using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>
/// Upload of a province's list of certified products. Nothing is written to the content store here: the file is kept
/// under its hash and the preview shows, row by row, what confirming would do.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
[RequestSizeLimit(ProvinceListReader.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ProvinceListReader.MaxBytes + 64 * 1024)]
public sealed class ImportUploadModel(ImportFileStore files, IStringLocalizer<BackOfficeText> text) : PageModel
{
    public const int MaxSourceLength = CertificateRules.MaxSourceLength;
    public const int MaxProvinceLength = PlaceRules.MaxProvinceLength;

    [BindProperty]
    public IFormFile? ListFile { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Province { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Source))
        {
            ModelState.AddModelError(nameof(Source), text["Import.Upload.SourceMissing"]);
        }
        else if (Source.Trim().Length > MaxSourceLength)
        {
            ModelState.AddModelError(nameof(Source), text["Import.Upload.SourceTooLong", MaxSourceLength]);
        }

        if (string.IsNullOrWhiteSpace(Province))
        {
            ModelState.AddModelError(nameof(Province), text["Import.Upload.ProvinceMissing"]);
        }
        else if (Province.Trim().Length > MaxProvinceLength)
        {
            ModelState.AddModelError(nameof(Province), text["Import.Upload.ProvinceTooLong", MaxProvinceLength]);
        }

        IssuingLevel? level = null;
        if (!string.IsNullOrWhiteSpace(Level))
        {
            if (Enum.TryParse<IssuingLevel>(Level, out var parsed) && Enum.IsDefined(parsed))
            {
                level = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Level), text["Certificates.Problem.LevelUnknown"]);
            }
        }

        byte[]? bytes = null;
        if (ListFile is null || ListFile.Length == 0)
        {
            ModelState.AddModelError(nameof(ListFile), text["Import.File.Empty"]);
        }
        else if (ListFile.Length > ProvinceListReader.MaxBytes)
        {
            ModelState.AddModelError(nameof(ListFile), text["Import.File.TooLarge", ProvinceListReader.MaxBytes / 1024 / 1024]);
        }
        else
        {
            using var buffer = new MemoryStream();
            await ListFile.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
            if (ProvinceListReader.Read(bytes).Problem is { } problem)
            {
                ModelState.AddModelError(nameof(ListFile), text[$"Import.File.{problem}", ProvinceListReader.MaxBytes / 1024 / 1024, ProvinceListReader.MaxRows]);
            }
        }

        if (!ModelState.IsValid || bytes is null)
        {
            return Page();
        }

        var name = Path.GetFileName(ListFile!.FileName);
        var settings = new ImportSettings(Source!.Trim(), Province!.Trim(), level, name.Length > 100 ? name[..100] : name);
        var key = await files.SaveAsync(bytes, settings, cancellationToken);
        return Redirect($"/backoffice/nhap-csv/{key}");
    }
}
