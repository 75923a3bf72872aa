using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>An evidence file, only to the people of this registration's process; anyone else gets "not found".</summary>
public sealed class EvidenceDownloadModel(OcopDbContext db, EvidenceStore store) : EvaluationPage(db)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadViewerAsync(cancellationToken);
        var file = await Db.Set<EvidenceFile>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var registration = file is null ? null
            : await Db.Set<EvaluationRegistration>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == file.RegistrationId, cancellationToken);
        if (file is null || registration is null || !Viewer.CanSee(registration) || store.Find(file.StoredName) is not { } path)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        var contentType = DecisionScanStore.ContentTypeOf(file.StoredName);
        if (contentType != "application/pdf")
        {
            Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'";
        }

        return PhysicalFile(path, contentType, file.OriginalName);
    }
}
