namespace OcopCatalogue.Core.Certification;

/// <summary>A certificate's fields as its file carries them, for <see cref="CertificateRules"/>.</summary>
public interface ICertificateFields
{
    /// <summary>The key of the certified product.</summary>
    Guid Product { get; }
    int Sequence { get; }
    EvaluationKind? Kind { get; }
    decimal? Score { get; }
    StarRating? PublishedStars { get; }
    string? DecisionNumber { get; }
    string? DecisionScan { get; }
    bool IsRevoked { get; }
    DateOnly? RevokedOn { get; }
    string? Source { get; }
    string? Note { get; }
}
