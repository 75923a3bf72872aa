namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// One line of a criteria sheet: what a council member scores, out of <see cref="MaxPoints"/>. A mandatory criterion
/// is one the annex marks as required (the "(*)" of a sheet); what failing one does is the council's option
/// (<see cref="MandatoryCriteriaRule"/>), because the sources we could read do not say.
/// </summary>
public sealed record Criterion
{
    /// <summary>Unique within its sheet, as the annex numbers it (for example "A1.1").</summary>
    public string Code { get; init; } = "";
    public string NameVi { get; init; } = "";
    /// <summary>Our translation; null until someone translates it.</summary>
    public string? NameEn { get; init; }
    public decimal MaxPoints { get; init; }
    /// <summary>Required, so a file must say it of every criterion: a flag left out would read as "not mandatory".</summary>
    public required bool Mandatory { get; init; }
}
