namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// One locality as the sources published it (province, district, commune or ward, before 1 July 2025) and the
/// units it belongs to today, with the resolutions that made the change. A new unit that could not be verified
/// stays empty; so does a source whose number or date could not be verified. Read from <c>uSync/localities/</c>.
/// </summary>
public sealed class LocalityMapping : ILocalityMappingFields
{
    public Guid Id { get; set; }
    public string PublishedProvince { get; set; } = "";
    public string? PublishedDistrict { get; set; }
    public string? PublishedCommuneOrWard { get; set; }
    public string? CurrentCommuneOrWard { get; set; }
    public string? CurrentProvince { get; set; }
    /// <summary>The National Assembly's resolution that placed the old province in today's one, e.g. "202/2025/QH15".</summary>
    public string? ProvinceResolution { get; set; }
    public DateOnly? ProvinceResolutionDate { get; set; }
    /// <summary>The Standing Committee's resolution arranging the province's communes, e.g. "1654/NQ-UBTVQH15".</summary>
    public string? CommuneResolution { get; set; }
    public DateOnly? CommuneResolutionDate { get; set; }
    /// <summary>Where the resolutions and units were checked (addresses of the texts or reports read).</summary>
    public string? VerifiedAt { get; set; }
    public string? Note { get; set; }
}
