namespace OcopCatalogue.Core.Certification;

/// <summary>The level of government whose council rated the product and whose People's Committee decided.</summary>
public enum IssuingLevel
{
    DistrictOrCity = 1,
    Province = 2,
    Central = 3,
}
