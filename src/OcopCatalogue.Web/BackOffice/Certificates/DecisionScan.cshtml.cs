using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// The scan of a signed decision, for staff only: it lives under /backoffice, so the folder's authorisation applies,
/// and a producer-limited writer gets "not found" for other producers' scans. Never cached by shared caches.
/// </summary>
public sealed class DecisionScanModel(CertificateRegister register, DecisionScanStore scans) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var found = await register.ScanOfAsync(certificateId, cancellationToken);
        if (found is not { } scan || !StaffScope.From(User).Allows(scan.ProducerId) || scans.Find(scan.Scan) is not { } path)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        // A PDF is shown in the browser's own viewer; the sandbox keeps any script in it from running as this site.
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; object-src 'self'";
        return PhysicalFile(path, DecisionScanStore.ContentTypeOf(scan.Scan!));
    }
}
