namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// The commune's assessment of the four local criteria (Decision 1489/QĐ-TTg amending Annex II of Decision 148), as the
/// commune's report words each finding. The sources give no points for them here, so each is the report's text.
/// </summary>
public sealed record LocalCriteriaAssessment(
    string? LocalOrigin,
    string? LocalLabour,
    string? IdeaOrigin,
    string? LocalIdentity)
{
    /// <summary>The names of the findings left blank, in the decision's order.</summary>
    public IReadOnlyList<string> Missing =>
    [
        .. new (string Name, string? Value)[]
        {
            (nameof(LocalOrigin), LocalOrigin),
            (nameof(LocalLabour), LocalLabour),
            (nameof(IdeaOrigin), IdeaOrigin),
            (nameof(LocalIdentity), LocalIdentity),
        }.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Name),
    ];
}
