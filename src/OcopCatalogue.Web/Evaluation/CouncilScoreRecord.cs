namespace OcopCatalogue.Web.Evaluation;

/// <summary>One submission of a council member's sheet for a product; a re-scoring adds a row with its reason.</summary>
public sealed class CouncilScoreRecord
{
    public Guid Id { get; set; }
    public Guid RegistrationId { get; set; }
    public string MemberId { get; set; } = "";
    public int Attempt { get; set; }
    public int ScoringRound { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? Reason { get; set; }
    /// <summary>JSON: criterion code to points.</summary>
    public string Points { get; set; } = "{}";
    /// <summary>The sheet's total of <see cref="Points"/>, kept for the progress page and the minutes.</summary>
    public decimal Total { get; set; }
}
