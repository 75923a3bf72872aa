namespace OcopCatalogue.Core.Certification;

/// <summary>
/// What an OCOP decision did to a product's rating. Each is a record of its own in the product's history:
/// a later decision never rewrites an earlier one.
/// </summary>
public enum EvaluationKind
{
    /// <summary>First rating, or a rating after a revocation or a lapse (công nhận mới).</summary>
    NewRating = 1,
    /// <summary>Re-evaluation at the end of the 36 months (đánh giá lại khi hết hạn).</summary>
    Renewal = 2,
    /// <summary>More stars than the certificate in force (nâng hạng).</summary>
    Upgrade = 3,
    /// <summary>Fewer stars than the certificate in force (hạ hạng).</summary>
    Downgrade = 4,
    /// <summary>The certificate in force is withdrawn (thu hồi).</summary>
    Revocation = 5,
}
