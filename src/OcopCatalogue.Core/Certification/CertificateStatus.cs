namespace OcopCatalogue.Core.Certification;

/// <summary>What a certificate (or a product's certificate history) means on a given day.</summary>
public enum CertificateStatus
{
    /// <summary>No certificate and no proposal: a candidate or product under development.</summary>
    NotRated = 0,
    /// <summary>A council proposed a rating; the deciding level has not decided yet.</summary>
    Proposed = 1,
    /// <summary>Decided and within its 36 months, more than 90 days left.</summary>
    Valid = 2,
    /// <summary>Decided and within its 36 months, 90 days or fewer left.</summary>
    Expiring = 3,
    /// <summary>Past its 36 months, or published as expired.</summary>
    Expired = 4,
    /// <summary>Withdrawn by the issuing level.</summary>
    Revoked = 5,
    /// <summary>Rated according to the source, but the decision date was not published, so validity cannot be confirmed.</summary>
    DateNotPublished = 6,
}
