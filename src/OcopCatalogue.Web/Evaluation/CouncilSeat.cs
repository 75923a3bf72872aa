using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>A person's place in one round: council member, secretary, chair or advisory group.</summary>
public sealed class CouncilSeat
{
    public Guid RoundId { get; set; }
    public string UserId { get; set; } = "";
    public EvaluationRole Role { get; set; }
}
