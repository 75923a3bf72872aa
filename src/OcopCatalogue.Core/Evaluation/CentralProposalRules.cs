using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// The step after the province's decision for a product of 90 or more (Decision 148/QĐ-TTg as amended by Decision
/// 1489/QĐ-TTg): the province proposes it, the central level evaluates it and decides whether it earns five stars.
/// The central result may be recorded only once the province has decided, only for a product it proposed, only once,
/// and five stars only with a central score in the five-star band. Which words each refusal takes is the page's.
/// </summary>
public static class CentralProposalRules
{
    public const int MaxIssuingBodyLength = 200;

    public const string BeforeProvinceDecision = "Evaluation.Central.BeforeProvinceDecision";
    public const string NotProposed = "Evaluation.Central.NotProposed";
    public const string AlreadyRecorded = "Evaluation.Central.AlreadyRecorded";
    public const string NumberRequired = "Evaluation.Central.NumberRequired";
    public const string DateRequired = "Evaluation.Central.DateRequired";
    public const string DateBeforeProvince = "Evaluation.Central.DateBeforeProvince";
    public const string IssuingBodyRequired = "Evaluation.Central.IssuingBodyRequired";
    public const string IssuingBodyTooLong = "Evaluation.Central.IssuingBodyTooLong";
    public const string ScoreRequired = "Evaluation.Central.ScoreRequired";
    public const string ScoreInvalid = "Evaluation.Central.ScoreInvalid";
    public const string ScoreBelowFiveStars = "Evaluation.Central.ScoreBelowFiveStars";

    /// <summary>Is the registration waiting for the central level: decided by the province and proposed by it?</summary>
    public static bool AwaitsCentral(EvaluationStep step, bool proposedToCentral, bool centralRecorded) =>
        step == EvaluationStep.Decided && proposedToCentral && !centralRecorded;

    /// <summary>
    /// Every problem with recording <paramref name="result"/> for a registration at <paramref name="step"/>; empty when
    /// it can be recorded. The step order is checked first: a refusal of order comes alone, before the typed facts.
    /// </summary>
    public static IReadOnlyList<FieldProblem> Check(
        EvaluationStep step, bool proposedToCentral, bool centralRecorded, DateOnly? provinceDecisionDate, CentralResult result, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (step != EvaluationStep.Decided)
        {
            return [new("", BeforeProvinceDecision, step)];
        }

        if (!proposedToCentral)
        {
            return [new("", NotProposed)];
        }

        if (centralRecorded)
        {
            return [new("", AlreadyRecorded)];
        }

        var problems = new List<FieldProblem>();
        var number = result.Number?.Trim();
        if (!CertificateEvaluation.IsPlausibleDecisionNumber(number) || number!.Length > CertificateRules.MaxDecisionNumberLength)
        {
            problems.Add(new(nameof(CentralResult.Number), NumberRequired, CertificateRules.MaxDecisionNumberLength));
        }

        if (result.Date is not { } date || date > today)
        {
            problems.Add(new(nameof(CentralResult.Date), DateRequired));
        }
        else if (provinceDecisionDate is { } province && date < province)
        {
            problems.Add(new(nameof(CentralResult.Date), DateBeforeProvince, province));
        }

        var body = result.IssuingBody?.Trim();
        if (string.IsNullOrEmpty(body))
        {
            problems.Add(new(nameof(CentralResult.IssuingBody), IssuingBodyRequired));
        }
        else if (body.Length > MaxIssuingBodyLength)
        {
            problems.Add(new(nameof(CentralResult.IssuingBody), IssuingBodyTooLong, MaxIssuingBodyLength));
        }

        if (result.Score is { } score && CertificateRules.ScoreProblem(score) is not null)
        {
            problems.Add(new(nameof(CentralResult.Score), ScoreInvalid));
        }
        else if (result.Granted && result.Score is null)
        {
            problems.Add(new(nameof(CentralResult.Score), ScoreRequired));
        }
        else if (result.Granted && result.Score < StarBands.FiveStarFloor)
        {
            // Five stars are the band of 90 and more: a grant with a lower score would contradict the certificate rules.
            problems.Add(new(nameof(CentralResult.Score), ScoreBelowFiveStars, StarBands.FiveStarFloor));
        }

        return problems;
    }
}
