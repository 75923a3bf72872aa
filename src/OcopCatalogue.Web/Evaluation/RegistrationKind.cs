namespace OcopCatalogue.Web.Evaluation;

/// <summary>Why a product is in a round: first rating, re-evaluation at the end of its certificate, or an upgrade.</summary>
public enum RegistrationKind
{
    New = 1,
    Reevaluation = 2,
    Upgrade = 3,
}
