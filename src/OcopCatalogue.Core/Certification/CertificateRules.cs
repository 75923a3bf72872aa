using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Certification;

/// <summary>
/// A certificate's field limits (its columns) and the checks a stored certificate's values must pass. Recording a
/// new decision against a product's history has rules of its own on top (<see cref="CertificateEvaluation"/>), with
/// the same limits and score rule.
/// </summary>
public static class CertificateRules
{
    public const int ScorePrecision = 5;
    public const int ScoreDecimals = 2;
    public const int MaxDecisionNumberLength = 60;
    public const int MaxDecisionScanLength = 100;
    public const int MaxSourceLength = 500;
    public const int MaxNoteLength = 1000;

    private const string Problem = "Certificates.Problem.";

    /// <summary>A sequence below 1: {0} the sequence.</summary>
    public const string SequenceInvalid = Problem + "Sequence";

    /// <summary>A score outside the scale: {0} the score, {1} the least, {2} the most.</summary>
    public const string ScoreOutOfRange = Problem + nameof(EvaluationProblem.ScoreOutOfRange);

    /// <summary>A score with more than <see cref="ScoreDecimals"/> decimals: {0} the score.</summary>
    public const string ScoreTooPrecise = Problem + nameof(EvaluationProblem.ScoreTooPrecise);

    /// <summary>Stated stars the score contradicts: {0} the stars, {1} the score.</summary>
    public const string StarsDisagreeWithScore = Problem + nameof(EvaluationProblem.StarsDisagreeWithScore);

    /// <summary>Stars that are not a rating: {0} the value.</summary>
    public const string StarsUnknown = Problem + nameof(EvaluationProblem.StarsUnknown);

    /// <summary>A revocation date on a certificate that is not revoked.</summary>
    public const string RevokedOnWithoutRevocation = Problem + "RevokedOn";

    /// <summary>A kind that is not one: {0} the value, {1} the kinds' names.</summary>
    public const string KindUnknown = Problem + nameof(EvaluationProblem.KindUnknown);

    /// <summary>A revocation that is not revoked, or that carries a score or stars.</summary>
    public const string NotARevocation = Problem + nameof(EvaluationProblem.ScoreNotForRevocation);

    /// <summary>A decision scan name the site did not make: {0} the name.</summary>
    public const string DecisionScanMalformed = Problem + "DecisionScan";

    /// <summary>Why a score cannot be a published OCOP score (outside the scale or too precise), or null.</summary>
    public static EvaluationProblem? ScoreProblem(decimal score) =>
        !StarBands.IsValid(score) ? EvaluationProblem.ScoreOutOfRange
        : decimal.Round(score, ScoreDecimals) != score ? EvaluationProblem.ScoreTooPrecise
        : null;

    public static IReadOnlyList<FieldProblem> Check(ICertificateFields certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var problems = new List<FieldProblem>();
        if (certificate.Product == Guid.Empty)
        {
            problems.Add(new(nameof(certificate.Product), FieldMessage.Required));
        }

        if (certificate.Sequence < 1)
        {
            problems.Add(new(nameof(certificate.Sequence), SequenceInvalid, certificate.Sequence));
        }

        if (certificate.Score is { } score)
        {
            switch (ScoreProblem(score))
            {
                case EvaluationProblem.ScoreOutOfRange:
                    problems.Add(new(nameof(certificate.Score), ScoreOutOfRange, score, StarBands.MinimumScore, StarBands.MaximumScore));
                    break;
                case EvaluationProblem.ScoreTooPrecise:
                    problems.Add(new(nameof(certificate.Score), ScoreTooPrecise, score));
                    break;
                default:
                    if (certificate.PublishedStars is { } published && StarBands.FromScore(score) != published)
                    {
                        problems.Add(new(nameof(certificate.PublishedStars), StarsDisagreeWithScore, published, score));
                    }

                    break;
            }
        }

        if (certificate.PublishedStars is { } stars && !Enum.IsDefined(stars))
        {
            problems.Add(new(nameof(certificate.PublishedStars), StarsUnknown, stars));
        }

        if (certificate.RevokedOn is not null && !certificate.IsRevoked)
        {
            problems.Add(new(nameof(certificate.RevokedOn), RevokedOnWithoutRevocation));
        }

        if (certificate.Kind is { } kind && !Enum.IsDefined(kind))
        {
            FieldChecks.Defined(problems, nameof(certificate.Kind), kind, KindUnknown);
        }
        else if (certificate.Kind is EvaluationKind.Revocation && (!certificate.IsRevoked || certificate.Score is not null || certificate.PublishedStars is not null))
        {
            problems.Add(new(nameof(certificate.Kind), NotARevocation));
        }

        if (certificate.DecisionScan is { } scan && !DecisionScanName.IsWellFormed(scan))
        {
            problems.Add(new(nameof(certificate.DecisionScan), DecisionScanMalformed, scan));
        }

        FieldChecks.MaxLength(problems, nameof(certificate.DecisionNumber), certificate.DecisionNumber, MaxDecisionNumberLength);
        FieldChecks.MaxLength(problems, nameof(certificate.Source), certificate.Source, MaxSourceLength);
        FieldChecks.MaxLength(problems, nameof(certificate.Note), certificate.Note, MaxNoteLength);
        return problems;
    }
}
