using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Criteria sheets in uSync: <c>criteria-sheets/{code}.json</c>, the one place a sheet file is read (strictly, as every
/// uSync file, by <see cref="USyncJson"/>), checked (<see cref="CriteriaSheetRules"/>, then what only the store knows)
/// and stored, for the import on start and for the back office's upload (<see cref="CriteriaSheets"/>) alike. A sheet
/// is stored by its code, which registrations name; its key stays with that code for good. A file with any problem
/// stores nothing. Built on <see cref="ISyncHandler"/> rather than <see cref="SyncHandler{TFile, TEntity}"/>, whose
/// items are found by an "Id" column: a sheet's key lives in its stored file, so no column was added for it.
/// </summary>
public sealed class CriteriaSheetSyncHandler(OcopDbContext db, TimeProvider clock) : ISyncHandler
{
    public const string FolderName = "criteria-sheets";

    /// <summary>Another stored sheet has this sheet's code: {0} the code, {1} the other sheet's key.</summary>
    public const string CodeTaken = "Evaluation.Sheet.CodeTaken";

    /// <summary>The sheet's key is stored under another code (a sheet's code never changes): {0} the key, {1} that code.</summary>
    public const string KeyTaken = "Evaluation.Sheet.KeyTaken";

    /// <summary>The sheet is scored on and the file would change it: {0} the code.</summary>
    public const string InUse = "Evaluation.Sheet.InUse";

    // Steps are stored by name, so the database cannot compare them by order: the steps from scoring on, listed.
    private static readonly EvaluationStep[] ScoredSteps = [.. Enum.GetValues<EvaluationStep>().Where(s => s >= EvaluationStep.ScoringOpen)];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public ContentItemType Type => ContentItemType.CriteriaSheet;

    public string Folder => FolderName;

    // Sheets name no other item and no other file names a sheet; after the catalogue's types.
    public int ImportOrder => 700;

    /// <summary>A stored sheet's file read back; it was checked when stored.</summary>
    public static CriteriaSheet Parse(EvaluationSheet stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return USyncJson.Deserialize<CriteriaSheet>(Encoding.UTF8.GetBytes(stored.Json));
    }

    /// <summary>
    /// Reads a sheet file for the back office: the sheet, or the problems (a parse error as
    /// <see cref="CriteriaSheetRules.InvalidJson"/> with its line, else the sheet rules' findings).
    /// </summary>
    public static (CriteriaSheet? Sheet, IReadOnlyList<FieldProblem> Problems) Read(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        CriteriaSheet sheet;
        try
        {
            sheet = USyncJson.Deserialize<CriteriaSheet>(utf8);
        }
        catch (JsonException ex)
        {
            var problem = USyncJson.Describe(ex, "", utf8);
            var line = problem.Line?.ToString(CultureInfo.InvariantCulture) ?? "";
            return (null, [new FieldProblem(ex.Path ?? "", CriteriaSheetRules.InvalidJson, line, problem.Message)]);
        }

        var problems = CriteriaSheetRules.Check(sheet);
        return (problems.Count == 0 ? sheet : null, problems);
    }

    public async Task<SyncOutcome?> ImportAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Read<CriteriaSheet>() is not { } sheet
            || !file.Check(CriteriaSheetRules.Check(sheet).Select(p => (USyncChecks.ListOf(p.Field), Describe(p))))
            || !await KeyIsFreeAsync(file, sheet.Key, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var problems = await StoreProblemsAsync(sheet, cancellationToken).ConfigureAwait(false);
        if (!file.Check(problems.Select(p => (p.Field, Describe(p)))))
        {
            return null;
        }

        return await StageAsync(sheet, ContentImporter.Origin, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What only the store can refuse: the code taken by another sheet, the key stored under another code, or a
    /// change to a sheet a council has scored on (its members' points would then mean something else).
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> StoreProblemsAsync(CriteriaSheet sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var stored = await db.Set<EvaluationSheet>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var sameCode = stored.SingleOrDefault(s => s.Code == sheet.Code);
        if (sameCode is not null && Parse(sameCode).Key != sheet.Key)
        {
            return [new FieldProblem("key", CodeTaken, sheet.Code, Parse(sameCode).Key)];
        }

        if (stored.FirstOrDefault(s => s.Code != sheet.Code && Parse(s).Key == sheet.Key) is { } sameKey)
        {
            return [new FieldProblem("code", KeyTaken, sheet.Key, sameKey.Code)];
        }

        if (sameCode is not null && sameCode.Json != Canonical(sheet)
            && await db.Set<EvaluationRegistration>().AnyAsync(r => r.SheetCode == sheet.Code && ScoredSteps.Contains(r.Step), cancellationToken).ConfigureAwait(false))
        {
            return [new FieldProblem("", InUse, sheet.Code)];
        }

        return [];
    }

    /// <summary>
    /// Stages a checked sheet in the caller's unit of work (the import's transaction, or the upload's save); the
    /// outcome names the sheet as changed unless the stored one is the same file.
    /// </summary>
    public async Task<SyncOutcome> StageAsync(CriteriaSheet sheet, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var json = Canonical(sheet);
        var existing = await db.Set<EvaluationSheet>().SingleOrDefaultAsync(s => s.Code == sheet.Code, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.Json == json)
        {
            return SyncOutcome.Unchanged(sheet.Key);
        }

        var added = existing is null;
        if (existing is null)
        {
            existing = new EvaluationSheet { Code = sheet.Code };
            db.Add(existing);
        }

        existing.Json = json;
        existing.IsComplete = sheet.IsComplete;
        existing.Name = sheet.NameVi;
        existing.LoadedAt = clock.GetUtcNow();
        existing.LoadedBy = by.Length > 256 ? by[..256] : by;
        return new SyncOutcome(sheet.Key, added, [new ContentItemRef(Type, sheet.Key)]);
    }

    public async Task<IReadOnlyList<ExportedFile>> FilesAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Set<EvaluationSheet>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(FileOf)];
    }

    public async Task<ExportedFile?> FileOfAsync(Guid key, CancellationToken cancellationToken) =>
        (await FilesAsync(cancellationToken).ConfigureAwait(false)).SingleOrDefault(f => f.Key == key);

    /// <summary>The stored file's bytes are the export's: they were written by <see cref="USyncJson"/> when stored.</summary>
    private static ExportedFile FileOf(EvaluationSheet stored)
    {
        var sheet = Parse(stored);
        return new ExportedFile(sheet.Key, USyncFileName.Of(FolderName, sheet.Code), USyncJson.Serialize(sheet));
    }

    private static string Canonical(CriteriaSheet sheet) => Encoding.UTF8.GetString(USyncJson.Serialize(sheet));

    /// <summary>A finding in English for the import's log: the rules' own words, and the file's path to the field.</summary>
    private static string Describe(FieldProblem problem)
    {
        var property = USyncChecks.Property(problem.Field);
        return problem.MessageKey switch
        {
            CodeTaken => $"code '{problem.Arguments[0]}' is already the code of another stored sheet (key {problem.Arguments[1]}); each sheet needs a code of its own.",
            KeyTaken => $"key {problem.Arguments[0]} belongs to sheet '{problem.Arguments[1]}'; a sheet's code cannot change once stored, since registrations name it.",
            InUse => $"sheet '{problem.Arguments[0]}' has been scored on and cannot be changed; load the new version under a new code and key.",
            _ when EvaluationTexts.Keys.Contains(problem.MessageKey) =>
                (property.Length > 0 ? property + ": " : "") + EvaluationTexts.Format(problem.MessageKey, English, problem.Arguments),
            _ => USyncChecks.Describe(problem, property),
        };
    }

    /// <summary>As every type's import: a key another file on disk holds is a duplicate; a key whose file is gone moved here.</summary>
    private async Task<bool> KeyIsFreeAsync(IncomingFile file, Guid key, CancellationToken cancellationToken)
    {
        if (key == Guid.Empty)
        {
            return true;
        }

        var claims = await db.ImportedFiles.Where(f => f.ItemId == key && f.Path != file.Path).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claims.FirstOrDefault(c => file.OnDisk.Contains(c.Path)) is { } clash)
        {
            file.Fail("key", $"key {key} is already used by {clash.Path}; every item needs a key of its own.");
            return false;
        }

        db.ImportedFiles.RemoveRange(claims);
        return true;
    }
}
