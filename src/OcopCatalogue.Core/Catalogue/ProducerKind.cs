namespace OcopCatalogue.Core.Catalogue;

/// <summary>The legal form of an OCOP producer (chủ thể OCOP).</summary>
public enum ProducerKind
{
    Company = 1,
    Cooperative = 2,
    CooperativeGroup = 3,
    HouseholdBusiness = 4,
}
