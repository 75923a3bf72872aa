namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Identity roles of people who take part in evaluation rounds but are not back-office staff: they reach only the
/// evaluation pages. What a council participant does in a round (member, secretary, chair, advisory group) is its
/// <see cref="CouncilSeat"/>; staff (editors, administrators) manage rounds.
/// </summary>
public static class EvaluationAccountRoles
{
    public const string ProducerRepresentative = "ProducerRepresentative";
    public const string CommuneOfficer = "CommuneOfficer";
    public const string CouncilParticipant = "CouncilParticipant";

    public static IReadOnlyList<string> All { get; } = [ProducerRepresentative, CommuneOfficer, CouncilParticipant];
}
