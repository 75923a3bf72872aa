using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Traceability;

/// <summary>
/// <c>/backoffice/bao-cao-gia-mao/anh/{name}</c>: a report's photo, for signed-in staff whose scope covers the
/// product (404 otherwise, as for any item out of scope). Photos are never served from a public address.
/// </summary>
public sealed class FakeReportPhotoModel(OcopDbContext db, FakeReportInbox inbox) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        var path = inbox.PhotoPath(name);
        if (path is null)
        {
            return NotFound();
        }

        var owner = await (
                from r in db.Set<FakeReport>().AsNoTracking()
                join p in db.Products on r.ProductId equals p.Id
                where r.PhotoFileName == name
                select new { p.ProducerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !StaffScope.From(User).Allows(owner.ProducerId))
        {
            return NotFound();
        }

        // The bytes were checked to be a photo on arrival; these make sure no browser reads them as anything else.
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        Response.Headers.CacheControl = "private, max-age=3600";
        return PhysicalFile(path, PhotoSignature.MediaTypeOfStoredName(name)!);
    }
}
