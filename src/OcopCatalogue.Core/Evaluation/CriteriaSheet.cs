using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// The score sheet a council uses for one product sub-group (Annex III of Decision 148/QĐ-TTg), and the file shape of
/// <c>uSync/criteria-sheets/{code}.json</c>. A sheet whose criteria could not be transcribed from a named source is
/// shipped as a frame (<see cref="IsComplete"/> false): the published parts, their points and their sections only.
/// Nothing can be scored on a frame. <see cref="CriteriaSheetRules"/> holds what a sheet must satisfy.
/// </summary>
public sealed record CriteriaSheet
{
    /// <summary>A GUID that identifies the sheet for good; score sheets refer to it.</summary>
    public Guid Key { get; init; }
    /// <summary>The file's name without ".json": a–z, 0–9 and single hyphens.</summary>
    public string Code { get; init; } = "";
    /// <summary>The product group the sheet is for; null for the frame the decision gives for every group.</summary>
    public OcopGroup? Group { get; init; }
    /// <summary>The sub-group ("1.3") within <see cref="Group"/>; null when the sheet serves the whole group.</summary>
    public string? SubGroupCode { get; init; }
    public string NameVi { get; init; } = "";
    public string? NameEn { get; init; }
    /// <summary>The document the parts, sections and criteria were transcribed from; never empty.</summary>
    public string Source { get; init; } = "";
    /// <summary>True only when every criterion and its points were transcribed from <see cref="Source"/>.</summary>
    public bool IsComplete { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<CriteriaPart> Parts { get; init; } = [];

    /// <summary>Every criterion of the sheet, part by part (a method, so the file does not carry it).</summary>
    public IEnumerable<Criterion> AllCriteria() => Parts.SelectMany(p => p.AllCriteria());
}
