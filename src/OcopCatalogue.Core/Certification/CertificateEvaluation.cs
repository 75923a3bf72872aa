namespace OcopCatalogue.Core.Certification;

/// <summary>
/// The rules for recording an OCOP decision against a product's history: the facts must be possible on their own
/// (score bands, dates, decision number), and the kind must fit where the product stood on the decision day
/// (an upgrade needs more stars than the certificate in force, a renewal one that is expiring or expired, a
/// revocation one in force). Recording appends a new certificate; earlier ones are never changed.
/// </summary>
public static class CertificateEvaluation
{
    /// <summary>Every problem with recording <paramref name="evaluation"/> after <paramref name="history"/>; empty when it can be recorded.</summary>
    public static IReadOnlyList<EvaluationFinding> Check(EvaluationEvent evaluation, IEnumerable<Certificate> history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(history);
        if (!Enum.IsDefined(evaluation.Kind))
        {
            return [new(nameof(EvaluationEvent.Kind), EvaluationProblem.KindUnknown)];
        }

        var earlier = history.ToList();
        var findings = CheckFacts(evaluation, evaluation.Kind is EvaluationKind.Revocation, requireRating: true, today).ToList();
        findings.AddRange(CheckOrder(evaluation, earlier));
        findings.AddRange(CheckStanding(evaluation, earlier, today));
        return findings;
    }

    /// <summary>
    /// Problems with a typing correction of <paramref name="original"/>: the corrected facts must hold on their own and,
    /// for a record made here (its kind known), still fit the history before it. The kind itself cannot be corrected.
    /// </summary>
    public static IReadOnlyList<EvaluationFinding> CheckCorrection(
        Certificate original, EvaluationEvent corrected, IEnumerable<Certificate> history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(history);
        var earlier = history.Where(c => c.Sequence < original.Sequence).ToList();
        // A record that never had a score or stars (the source did not publish them) may be corrected without
        // inventing one; a record that had them keeps needing them.
        var findings = CheckFacts(corrected, original.Kind is EvaluationKind.Revocation,
            requireRating: original.Score is not null || original.PublishedStars is not null, today).ToList();
        if (original.Kind is { } kind)
        {
            var asRecorded = corrected with { Kind = kind };
            findings.AddRange(CheckOrder(asRecorded, earlier));
            findings.AddRange(CheckStanding(asRecorded, earlier, today));
        }

        return findings;
    }

    /// <summary>The new certificate for a decision that <see cref="Check"/> found nothing wrong with.</summary>
    /// <exception cref="InvalidOperationException">The decision has problems.</exception>
    public static Certificate Record(Guid id, Guid productId, EvaluationEvent evaluation, IEnumerable<Certificate> history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(history);
        var earlier = history.ToList();
        if (Check(evaluation, earlier, today) is { Count: > 0 } findings)
        {
            throw new InvalidOperationException(
                $"The decision cannot be recorded: {string.Join(", ", findings.Select(f => f.Problem))}.");
        }

        var certificate = new Certificate
        {
            Id = id,
            ProductId = productId,
            Sequence = earlier.Count == 0 ? 1 : earlier.Max(c => c.Sequence) + 1,
            Kind = evaluation.Kind,
        };
        Apply(evaluation, certificate);
        return certificate;
    }

    /// <summary>Writes the typed facts onto a certificate (a new record, or a corrected one keeping its kind).</summary>
    public static void Apply(EvaluationEvent evaluation, Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(certificate);
        certificate.Score = evaluation.Score;
        // Stated stars are kept only when no score was published; with a score they would only repeat it.
        certificate.PublishedStars = evaluation.Score is null ? evaluation.PublishedStars : null;
        certificate.Level = evaluation.Level;
        certificate.DecisionNumber = Clean(evaluation.DecisionNumber);
        certificate.DecisionDate = evaluation.DecisionDate;
        certificate.Note = Clean(evaluation.Note);
        if (certificate.Kind is EvaluationKind.Revocation)
        {
            certificate.IsRevoked = true;
            certificate.RevokedOn = evaluation.DecisionDate;
        }
    }

    /// <summary>
    /// The kind a decision with these stars would be on <paramref name="day"/>, for lists that do not say (a province's
    /// annex): a new rating when nothing is in force, else upgrade, downgrade or renewal by the stars. Null when the
    /// stars are unknown or the same rating is still valid for months (then the row is not a new decision).
    /// </summary>
    public static EvaluationKind? KindFor(StarRating? stars, IEnumerable<Certificate> history, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        var standing = OcopStanding.On(history, day);
        if (!IsInForce(standing.Status))
        {
            return EvaluationKind.NewRating;
        }

        if (stars is not { } next || standing.Stars is not { } current)
        {
            return standing.Status is CertificateStatus.DateNotPublished or CertificateStatus.Expiring ? EvaluationKind.Renewal : null;
        }

        if (next > current)
        {
            return EvaluationKind.Upgrade;
        }

        if (next < current)
        {
            return EvaluationKind.Downgrade;
        }

        return standing.Status is CertificateStatus.DateNotPublished or CertificateStatus.Expiring ? EvaluationKind.Renewal : null;
    }

    /// <summary>
    /// A certificate that counts as the product's rating: valid, expiring, or rated with no published dates (which
    /// cannot be shown as valid, but can be renewed, upgraded, downgraded or revoked).
    /// </summary>
    public static bool IsInForce(CertificateStatus status) =>
        status is CertificateStatus.Valid or CertificateStatus.Expiring or CertificateStatus.DateNotPublished;

    /// <summary>A loose check of a decision number such as "1234/QĐ-UBND": any spelling, but it has a number in it.</summary>
    public static bool IsPlausibleDecisionNumber(string? number) =>
        !string.IsNullOrWhiteSpace(number) && number.Any(char.IsAsciiDigit);

    private static IEnumerable<EvaluationFinding> CheckFacts(EvaluationEvent e, bool isRevocation, bool requireRating, DateOnly today)
    {
        if (e.Level is { } level && !Enum.IsDefined(level))
        {
            yield return new(nameof(EvaluationEvent.Level), EvaluationProblem.LevelUnknown);
        }

        if (e.PublishedStars is { } stated && !Enum.IsDefined(stated))
        {
            yield return new(nameof(EvaluationEvent.PublishedStars), EvaluationProblem.StarsUnknown);
        }

        if (isRevocation)
        {
            if (e.Score is not null || e.PublishedStars is not null)
            {
                yield return new(nameof(EvaluationEvent.Score), EvaluationProblem.ScoreNotForRevocation);
            }
        }
        else if (e.Score is { } score)
        {
            var problem = CertificateRules.ScoreProblem(score)
                ?? (score < StarBands.ThreeStarFloor ? EvaluationProblem.ScoreNotCertifiable
                : e.PublishedStars is { } published && Enum.IsDefined(published) && StarBands.FromScore(score) != published
                    ? EvaluationProblem.StarsDisagreeWithScore
                : null);
            if (problem is { } found)
            {
                yield return new(found is EvaluationProblem.StarsDisagreeWithScore ? nameof(EvaluationEvent.PublishedStars) : nameof(EvaluationEvent.Score), found);
            }
        }
        else if (e.PublishedStars is null && requireRating)
        {
            yield return new(nameof(EvaluationEvent.Score), EvaluationProblem.ScoreMissing);
        }

        var number = Clean(e.DecisionNumber);
        if (number is not null && number.Length > CertificateRules.MaxDecisionNumberLength)
        {
            yield return new(nameof(EvaluationEvent.DecisionNumber), EvaluationProblem.DecisionNumberTooLong);
        }
        else if (number is not null && !IsPlausibleDecisionNumber(number))
        {
            yield return new(nameof(EvaluationEvent.DecisionNumber), EvaluationProblem.DecisionNumberMalformed);
        }
        else if (number is null && e.DecisionDate is not null)
        {
            yield return new(nameof(EvaluationEvent.DecisionNumber), EvaluationProblem.DecisionNumberMissing);
        }

        if (e.DecisionDate is { } date && date > today)
        {
            yield return new(nameof(EvaluationEvent.DecisionDate), EvaluationProblem.DecisionDateInFuture);
        }
        else if (e.DecisionDate is null && isRevocation)
        {
            // A revocation takes effect on its date; without one the mark could not be said to be off.
            yield return new(nameof(EvaluationEvent.DecisionDate), EvaluationProblem.DecisionDateMissing);
        }

        if (Clean(e.Note) is { Length: > CertificateRules.MaxNoteLength })
        {
            yield return new(nameof(EvaluationEvent.Note), EvaluationProblem.NoteTooLong);
        }
    }

    private static IEnumerable<EvaluationFinding> CheckOrder(EvaluationEvent e, List<Certificate> earlier)
    {
        var latest = earlier.Where(c => !c.IsProposed && c.DecisionDate is not null).Max(c => c.DecisionDate);
        if (e.DecisionDate is { } date && latest is { } before && date < before)
        {
            yield return new(nameof(EvaluationEvent.DecisionDate), EvaluationProblem.DecisionDateBeforeLatest);
        }
    }

    private static IEnumerable<EvaluationFinding> CheckStanding(EvaluationEvent e, List<Certificate> earlier, DateOnly today)
    {
        // Where the product stood on the day of the decision: a revocation signed last month of a certificate that
        // has expired since was still a revocation of a certificate in force.
        var day = e.DecisionDate is { } date && date <= today ? date : today;
        var standing = OcopStanding.On(earlier, day);
        var inForce = IsInForce(standing.Status);
        const string kind = nameof(EvaluationEvent.Kind);
        switch (e.Kind)
        {
            case EvaluationKind.NewRating when inForce:
                yield return new(kind, EvaluationProblem.NewRatingWhileInForce);
                break;
            case EvaluationKind.Renewal when standing.Status is not (CertificateStatus.Expiring or CertificateStatus.Expired or CertificateStatus.DateNotPublished):
                yield return new(kind, EvaluationProblem.RenewalNeedsExpiringCertificate);
                break;
            case EvaluationKind.Upgrade or EvaluationKind.Downgrade or EvaluationKind.Revocation when !inForce:
                yield return new(kind, EvaluationProblem.NothingInForce);
                break;
            case EvaluationKind.Upgrade or EvaluationKind.Downgrade when standing.Stars is null:
                yield return new(kind, EvaluationProblem.CurrentStarsUnknown);
                break;
            case EvaluationKind.Upgrade when e.Stars is { } next && next <= standing.Stars:
                yield return new(nameof(EvaluationEvent.Score), EvaluationProblem.UpgradeNeedsMoreStars);
                break;
            case EvaluationKind.Downgrade when e.Stars is { } next && next >= standing.Stars:
                yield return new(nameof(EvaluationEvent.Score), EvaluationProblem.DowngradeNeedsFewerStars);
                break;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
