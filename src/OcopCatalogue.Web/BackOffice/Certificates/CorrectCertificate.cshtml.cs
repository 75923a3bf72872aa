using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// A typing correction of one recorded decision: its facts can be fixed, its kind cannot (a different decision is a
/// new record). The audit trail keeps each changed fact before and after.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
[RequestSizeLimit(DecisionScanStore.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DecisionScanStore.MaxBytes + 64 * 1024)]
public sealed class CorrectCertificateModel(
    CertificateRecorder recorder,
    CertificateRegister register,
    DecisionScanStore scans,
    IStringLocalizer<BackOfficeText> text,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public EvaluationForm Form { get; set; } = new();

    public Product Product { get; private set; } = null!;
    public Certificate Certificate { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(certificateId, cancellationToken))
        {
            return NotFound();
        }

        Form = new EvaluationForm
        {
            Score = Certificate.Score is { } score ? CertificateFormat.Score(score) : null,
            Level = Certificate.Level?.ToString(),
            DecisionNumber = Certificate.DecisionNumber,
            DecisionDate = Certificate.DecisionDate is { } date ? CertificateFormat.IsoDate(date) : null,
            Note = Certificate.Note,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(certificateId, cancellationToken))
        {
            return NotFound();
        }

        var typed = EvaluationFormReader.Read(Form, needsKind: false, ModelState, text);
        string? newScan = null;
        if (Form.Scan is not null && EvaluationFormReader.CheckScan(Form, ModelState, text, out var extension) && ModelState.IsValid)
        {
            newScan = extension;
        }

        EvaluationEvent? corrected = null;
        if (typed is not null)
        {
            // Stars published without a score are not on this form; they stay as they were unless a score replaces them.
            corrected = typed with
            {
                Kind = Certificate.Kind ?? default,
                PublishedStars = typed.Score is null ? Certificate.PublishedStars : null,
            };
            EvaluationFormReader.Report(CertificateEvaluation.CheckCorrection(Certificate, corrected, Product.Certificates, Today), ModelState, text);
        }

        if (!ModelState.IsValid || corrected is null)
        {
            return Page();
        }

        var scanName = newScan is null ? null : await scans.SaveAsync(Form.Scan!, newScan, cancellationToken);
        await recorder.CorrectAsync(Product, Certificate, corrected, scanName, User, cancellationToken);
        TempData["Notice"] = text["Certificates.Corrected", Certificate.Sequence].Value;
        return Redirect($"/backoffice/chung-nhan/san-pham/{Product.Id}");
    }

    private async Task<bool> LoadAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var productId = await register.ProductOfAsync(certificateId, cancellationToken);
        var product = productId is { } id ? await recorder.FindProductAsync(id, cancellationToken) : null;
        if (product is null || !StaffScope.From(User).Allows(product.ProducerId))
        {
            return false;
        }

        Product = product;
        Certificate = product.Certificates.Single(c => c.Id == certificateId);
        Today = VietnamTime.Today(clock);
        return true;
    }
}
