namespace OcopCatalogue.Core.Evaluation;

/// <summary>One of the three parts of an OCOP score sheet (A, B, C), with its points out of 100.</summary>
public sealed record CriteriaPart
{
    /// <summary>"A", "B" or "C".</summary>
    public string Code { get; init; } = "";
    public string NameVi { get; init; } = "";
    public string? NameEn { get; init; }
    public decimal MaxPoints { get; init; }
    public IReadOnlyList<CriteriaSection> Sections { get; init; } = [];

    /// <summary>Every criterion of the part, in the sheet's order (a method, so the file does not carry it).</summary>
    public IEnumerable<Criterion> AllCriteria() => Sections.SelectMany(s => s.Criteria);
}
