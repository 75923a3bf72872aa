namespace OcopCatalogue.Web.Evaluation;

/// <summary>The province's decision on a round's results, as the chair recorded it.</summary>
public sealed class EvaluationDecision
{
    public Guid Id { get; set; }
    public Guid RoundId { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>The signed scan's name in the decision-scan store.</summary>
    public string? Scan { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
