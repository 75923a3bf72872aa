using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// A product's certificate history, and for editors the form that records the next decision. Writers limited to
/// producers see the histories of their own producers only (any other product is "not found"); recording needs
/// the Publish policy (docs/decisions/0010).
/// </summary>
[RequestSizeLimit(DecisionScanStore.MaxBytes + FormAllowance)]
[RequestFormLimits(MultipartBodyLengthLimit = DecisionScanStore.MaxBytes + FormAllowance)]
public sealed class ProductCertificatesModel(
    CertificateRecorder recorder,
    DecisionScanStore scans,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text,
    TimeProvider clock) : PageModel
{
    /// <summary>Room for the form's other fields beside the largest scan.</summary>
    private const long FormAllowance = 64 * 1024;

    [BindProperty]
    public EvaluationForm Form { get; set; } = new();

    public Product Product { get; private set; } = null!;
    public IReadOnlyList<Certificate> History { get; private set; } = [];
    public OcopStanding Standing { get; private set; } = OcopStanding.NotRated;
    public DateOnly Today { get; private set; }
    public bool CanRecord { get; private set; }

    /// <summary>A scan came with a form sent back for corrections; it was not stored, so it must be chosen again.</summary>
    public bool ScanToChooseAgain { get; private set; }

    /// <summary>Stars the typed score gives, shown beside it; null when the score is empty, unreadable or below 50.</summary>
    public StarRating? TypedStars =>
        CertificateFormat.TryScore(Form.Score, out var score) && score is { } s && StarBands.IsValid(s) ? StarBands.FromScore(s) : null;

    public async Task<IActionResult> OnGetAsync(Guid productId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(productId, cancellationToken) is not { } product)
        {
            return NotFound();
        }

        Show(product);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid productId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(productId, cancellationToken) is not { } product)
        {
            return NotFound();
        }

        if (!CanRecord)
        {
            return Forbid();
        }

        var evaluation = EvaluationFormReader.Read(Form, needsKind: true, ModelState, text);
        var scanChecked = EvaluationFormReader.CheckScan(Form, ModelState, text, out var scanExtension);
        if (evaluation is not null)
        {
            EvaluationFormReader.Report(CertificateEvaluation.Check(evaluation, product.Certificates, VietnamTime.Today(clock)), ModelState, text);
        }

        if (!ModelState.IsValid || evaluation is null || !scanChecked)
        {
            // Nothing is stored for a form that is sent back: staff choose the scan again with the corrected form.
            ScanToChooseAgain = Form.Scan is not null;
            Show(product);
            return Page();
        }

        // Stored only now that the decision is valid, and removed again when it cannot be recorded, so the
        // decision-scans folder holds only scans of recorded decisions.
        var scan = Form.Scan is null ? null : await scans.SaveAsync(Form.Scan, scanExtension!, cancellationToken);
        try
        {
            var recorded = await recorder.RecordAsync(product, evaluation, scan, User, cancellationToken);
            TempData["Notice"] = text["Certificates.Recorded", text[$"Certificates.Kind.{recorded.Kind}"], recorded.Sequence].Value;
        }
        catch (DbUpdateException)
        {
            DeleteScan(scan);
            // Someone else recorded a decision for this product at the same moment and took the next number.
            ModelState.AddModelError($"{EvaluationFormReader.Prefix}.{nameof(EvaluationForm.Kind)}", text["Certificates.Problem.Concurrent"]);
            ScanToChooseAgain = scan is not null;
            Show((await LoadAsync(productId, cancellationToken))!);
            return Page();
        }
        catch
        {
            DeleteScan(scan);
            throw;
        }

        return Redirect($"/backoffice/chung-nhan/san-pham/{product.Id}");
    }

    private void DeleteScan(string? name)
    {
        if (name is not null)
        {
            scans.Delete(name);
        }
    }

    private async Task<Product?> LoadAsync(Guid productId, CancellationToken cancellationToken)
    {
        var product = await recorder.FindProductAsync(productId, cancellationToken);
        if (product is null || !StaffScope.From(User).Allows(product.ProducerId))
        {
            return null;
        }

        CanRecord = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        return product;
    }

    private void Show(Product product)
    {
        Product = product;
        Today = VietnamTime.Today(clock);
        History = [.. product.Certificates.OrderByDescending(c => c.Sequence)];
        Standing = OcopStanding.On(product.Certificates, Today);
    }
}
