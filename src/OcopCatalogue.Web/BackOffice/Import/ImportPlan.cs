namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>The preview of an import: every row with its outcome, or the reason the file could not be read.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportRowPlan> Rows, ProvinceListFileProblem? FileProblem)
{
    public int Count(ImportRowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    /// <summary>True when confirming would write something.</summary>
    public bool WritesAnything => Rows.Any(r => r.Outcome is ImportRowOutcome.NewCertificate or ImportRowOutcome.CompletesCertificate);
}
