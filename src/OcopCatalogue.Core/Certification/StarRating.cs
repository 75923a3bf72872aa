namespace OcopCatalogue.Core.Certification;

/// <summary>The OCOP star ratings a certificate can carry under Decision 148/QĐ-TTg (below 3★ is not certifiable).</summary>
public enum StarRating
{
    Three = 3,
    Four = 4,
    Five = 5,
}
