using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Accounts;

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
        var contentType = DecisionScanStore.ContentTypeOf(scan.Scan!);
        if (contentType != "application/pdf")
        {
            // An image opened on its own gets no scripting at all. PDFs are left to the browser's viewer, which runs
            // apart from this site's origin, and which Chromium refuses to start in a sandboxed document.
            Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'";
        }

        return PhysicalFile(path, contentType);
    }
}
