using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// The rules of today's administrative units (since 1 July 2025: 34 provinces, communes and wards, no district)
/// kept beside an address as published. A commune or ward without its province is refused: a commune name alone
/// repeats across provinces. Nothing here guesses a unit; an empty one stays empty.
/// </summary>
public static class AdministrativeUnits
{
    /// <summary>A current commune or ward given without its current province.</summary>
    public const string CommuneWithoutProvince = "Address.Error.CurrentCommuneWithoutProvince";

    public static void Check(List<FieldProblem> problems, string? parent, string? commune, string? province,
        string communeField = nameof(IPostalAddressFields.CurrentCommuneOrWard), string provinceField = nameof(IPostalAddressFields.CurrentProvince))
    {
        ArgumentNullException.ThrowIfNull(problems);
        var communeAt = parent is null ? communeField : FieldPath.Member(parent, communeField);
        var provinceAt = parent is null ? provinceField : FieldPath.Member(parent, provinceField);
        FieldChecks.MaxLength(problems, communeAt, commune, PlaceRules.MaxCommuneOrWardLength);
        FieldChecks.MaxLength(problems, provinceAt, province, PlaceRules.MaxProvinceLength);
        if (!string.IsNullOrWhiteSpace(commune) && string.IsNullOrWhiteSpace(province))
        {
            problems.Add(new(provinceAt, CommuneWithoutProvince));
        }
    }

    /// <summary>Today's address (street, commune or ward, province) when both units are known; otherwise null.</summary>
    public static string? CurrentText(string? street, string? commune, string? province) =>
        string.IsNullOrWhiteSpace(commune) || string.IsNullOrWhiteSpace(province)
            ? null
            : string.Join(", ", new[] { street, commune, province }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The finest grouping a directory of places offers: today's commune or ward with its province when
    /// both are known, else today's province, else the published locality (marked as published).</summary>
    public static AdministrativeLocality FinestLocality(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return CurrentText(null, address.CurrentCommuneOrWard, address.CurrentProvince) is { } current
            ? new(current, AsPublished: false)
            : address.GroupingLocality;
    }

    /// <summary>The current province where known, else the published locality (marked as published).</summary>
    public static AdministrativeLocality GroupingLocality(string? currentProvince, string? publishedLocality) =>
        !string.IsNullOrWhiteSpace(currentProvince)
            ? new(currentProvince.Trim(), AsPublished: false)
            : new((publishedLocality ?? "").Trim(), AsPublished: !string.IsNullOrWhiteSpace(publishedLocality));
}
