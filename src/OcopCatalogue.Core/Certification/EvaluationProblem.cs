namespace OcopCatalogue.Core.Certification;

/// <summary>Why a decision cannot be recorded as typed. The back office words each one in Vietnamese.</summary>
public enum EvaluationProblem
{
    KindUnknown = 1,
    LevelUnknown,
    ScoreMissing,
    ScoreOutOfRange,
    ScoreTooPrecise,
    /// <summary>Below 50 points: not certifiable under Decision 148.</summary>
    ScoreNotCertifiable,
    StarsUnknown,
    StarsDisagreeWithScore,
    /// <summary>A revocation withdraws a rating; it carries no score or stars of its own.</summary>
    ScoreNotForRevocation,
    DecisionNumberMissing,
    DecisionNumberMalformed,
    DecisionNumberTooLong,
    DecisionDateMissing,
    DecisionDateInFuture,
    /// <summary>The history would go back in time: an earlier decision is already recorded after it.</summary>
    DecisionDateBeforeLatest,
    NoteTooLong,
    /// <summary>A new rating while a certificate is in force: it is a renewal, upgrade or downgrade.</summary>
    NewRatingWhileInForce,
    /// <summary>A renewal needs a certificate that is expiring or expired (or whose dates were never published).</summary>
    RenewalNeedsExpiringCertificate,
    /// <summary>An upgrade, downgrade or revocation needs a certificate in force.</summary>
    NothingInForce,
    /// <summary>The certificate in force has no known stars to compare with.</summary>
    CurrentStarsUnknown,
    UpgradeNeedsMoreStars,
    DowngradeNeedsFewerStars,
}
