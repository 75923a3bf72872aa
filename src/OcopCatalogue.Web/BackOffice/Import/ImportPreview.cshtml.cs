using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>
/// What importing a kept list would do, row by row, computed afresh on every view and writing nothing; the confirm
/// button then writes it all in one transaction. The key is the SHA-256 of the file, so what is confirmed is exactly
/// the file that was previewed.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
public sealed class ImportPreviewModel(ImportFileStore files, ProvinceListImport import, IStringLocalizer<BackOfficeText> text) : PageModel
{
    public ImportPlan Plan { get; private set; } = new([], null);
    public ImportSettings Settings { get; private set; } = null!;
    public string Key { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await files.LoadAsync(key, cancellationToken) is not { } kept)
        {
            return NotFound();
        }

        Key = key;
        Settings = kept.Settings;
        Plan = await import.PlanAsync(ProvinceListReader.Read(kept.Bytes), kept.Settings, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken cancellationToken)
    {
        if (await files.LoadAsync(key, cancellationToken) is not { } kept)
        {
            return NotFound();
        }

        var result = await import.ConfirmAsync(ProvinceListReader.Read(kept.Bytes), kept.Settings, User, cancellationToken);
        files.Delete(key);
        TempData["Notice"] = result.ChangedAnything
            ? text["Import.Done", result.NewCertificates, result.CompletedCertificates, result.CreatedProducts, result.CreatedProducers, result.Unchanged, result.Skipped].Value
            : text["Import.DoneNothing", result.Unchanged, result.Skipped].Value;
        return Redirect("/backoffice/nhap-csv");
    }
}
