using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// The criteria sheets in use: staff load a sheet's file (the uSync/criteria-sheets shape, checked by
/// <see cref="CriteriaSheetFile"/>) and registrations refer to it by code. A reloaded sheet replaces the stored one,
/// so a sheet already scored on is refused rather than changed under the council.
/// </summary>
public sealed class CriteriaSheets(OcopDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string SheetInUse = "Evaluation.Sheet.InUse";

    // Steps are stored by name, so the database cannot compare them by order: the steps from scoring on, listed.
    private static readonly EvaluationStep[] ScoredSteps = [.. Enum.GetValues<EvaluationStep>().Where(s => s >= EvaluationStep.ScoringOpen)];

    public async Task<CriteriaSheet?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var stored = await db.Set<EvaluationSheet>().AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        return stored is null ? null : CriteriaSheetFile.Read(Encoding.UTF8.GetBytes(stored.Json)).Sheet;
    }

    public Task<List<EvaluationSheet>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<EvaluationSheet>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);

    /// <summary>Loads a sheet file; the problems when it does not pass the sheet rules or its sheet is already scored on.</summary>
    public async Task<IReadOnlyList<FieldProblem>> LoadAsync(byte[] file, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var reading = CriteriaSheetFile.Read(file);
        if (!reading.IsValid)
        {
            return reading.Problems;
        }

        var sheet = reading.Sheet!;
        var existing = await db.Set<EvaluationSheet>().SingleOrDefaultAsync(s => s.Code == sheet.Code, cancellationToken);
        if (existing is not null && await db.Set<EvaluationRegistration>().AnyAsync(r => r.SheetCode == sheet.Code && ScoredSteps.Contains(r.Step), cancellationToken))
        {
            return [new FieldProblem("", SheetInUse, sheet.Code)];
        }

        if (existing is null)
        {
            existing = new EvaluationSheet { Code = sheet.Code };
            db.Add(existing);
        }

        existing.Json = Encoding.UTF8.GetString(CriteriaSheetFile.Write(sheet));
        existing.IsComplete = sheet.IsComplete;
        existing.Name = sheet.NameVi.Length > 300 ? sheet.NameVi[..300] : sheet.NameVi;
        existing.LoadedAt = clock.GetUtcNow();
        existing.LoadedBy = by.Identity?.Name ?? "";
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(by, "evaluation.sheet-loaded", detail: $"{sheet.Code} (complete: {sheet.IsComplete})", ct: cancellationToken);
        return [];
    }
}
