using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// The criteria sheets in use: loaded from uSync/criteria-sheets on start, or by staff as a file in the same shape,
/// both read and checked by <see cref="CriteriaSheetSyncHandler"/>; registrations refer to a sheet by code. A
/// reloaded sheet replaces the stored one, so a sheet already scored on is refused rather than changed under the council.
/// </summary>
public sealed class CriteriaSheets(OcopDbContext db, CriteriaSheetSyncHandler handler, AuditTrail audit, ContentPublisher publisher)
{
    /// <summary>Who loaded a sheet, as the audit trail and the sheets' list show it.</summary>
    public const string Origin = "back office";

    public async Task<CriteriaSheet?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var stored = await db.Set<EvaluationSheet>().AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        return stored is null ? null : CriteriaSheetSyncHandler.Parse(stored);
    }

    public Task<List<EvaluationSheet>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<EvaluationSheet>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);

    /// <summary>
    /// Loads a sheet file; the problems when it does not pass the sheet rules, its code or key belong to another
    /// sheet, or its sheet is already scored on. A loaded sheet is published, so the export on publish writes its file.
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> LoadAsync(byte[] file, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var (sheet, problems) = CriteriaSheetSyncHandler.Read(file);
        if (sheet is null)
        {
            return problems;
        }

        var stored = await handler.StoreProblemsAsync(sheet, cancellationToken);
        if (stored.Count > 0)
        {
            return stored;
        }

        var outcome = await handler.StageAsync(sheet, by.Identity?.Name ?? Origin, cancellationToken);
        if (outcome.Changes.Count == 0)
        {
            return [];
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(by, "evaluation.sheet-loaded", ContentItemType.CriteriaSheet, sheet.Key, $"{sheet.Code} (complete: {sheet.IsComplete})", cancellationToken);
        await publisher.PublishAsync(new ContentPublished(outcome.Changes, Origin), cancellationToken);
        return [];
    }
}
