namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// An address kept exactly as the source document published it. Vietnam merged provinces and abolished
/// districts on 1 July 2025, so the district is optional and nothing published is rewritten: the units of today
/// (commune or ward, province; no district) sit beside it, empty while nobody has established them with certainty.
/// </summary>
public sealed class PostalAddress
{
    public string? Street { get; set; }
    public string? CommuneOrWard { get; set; }
    public string? District { get; set; }
    public string Province { get; set; } = "";

    /// <summary>The commune or ward the address belongs to since 1 July 2025; null when not certain.</summary>
    public string? CurrentCommuneOrWard { get; set; }

    /// <summary>The province (of the 34) the address belongs to since 1 July 2025; null when not certain.</summary>
    public string? CurrentProvince { get; set; }

    /// <summary>Today's address, for pages: the street with the current commune or ward and province, only when
    /// both are known (a province alone says too little to stand for the address); otherwise null.</summary>
    public string? CurrentText => AdministrativeUnits.CurrentText(Street, CurrentCommuneOrWard, CurrentProvince);

    /// <summary>Today's address when it is known and reads differently from the published one, so a page shows both.</summary>
    public bool ShowsCurrentBesidePublished => CurrentText is { } current && !string.Equals(current, ToString(), StringComparison.Ordinal);

    /// <summary>What the locality filters and statistics group by: the current province where known, else the published locality.</summary>
    public AdministrativeLocality GroupingLocality => AdministrativeUnits.GroupingLocality(CurrentProvince, Locality);

    /// <summary>The most specific locality a visitor would recognise: district when published, else commune/ward, else province.</summary>
    public string Locality => FirstNonEmpty(District, CommuneOrWard, Province);

    public override string ToString() =>
        string.Join(", ", new[] { Street, CommuneOrWard, District, Province }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string FirstNonEmpty(params string?[] parts) => parts.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) ?? "";
}
