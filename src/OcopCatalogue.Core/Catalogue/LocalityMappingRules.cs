using System.Text.RegularExpressions;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// What a locality mapping must hold. A new unit needs the resolution that made it (a unit without a source would be
/// a guess), a date needs its resolution, and a resolution number is written as the documents write it.
/// </summary>
public static partial class LocalityMappingRules
{
    public const int MaxResolutionLength = 40;
    public const int MaxVerifiedAtLength = 1000;
    public const int MaxNoteLength = 1000;

    /// <summary>A unit of today without the resolution behind it: {0} which resolution.</summary>
    public const string SourceNeeded = "Localities.Error.SourceNeeded";

    /// <summary>A date without a resolution number.</summary>
    public const string DateWithoutResolution = "Localities.Error.DateWithoutResolution";

    /// <summary>A resolution number not written as the documents write it: {0} as given.</summary>
    public const string ResolutionMalformed = "Localities.Error.ResolutionMalformed";

    /// <summary>A resolution dated outside the 2025 reorganisation: {0} the date.</summary>
    public const string DateOutsideReorganisation = "Localities.Error.DateOutsideReorganisation";

    public static IReadOnlyList<FieldProblem> Check(ILocalityMappingFields mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<FieldProblem>();
        FieldChecks.Required(problems, nameof(mapping.PublishedProvince), mapping.PublishedProvince);
        FieldChecks.MaxLength(problems, nameof(mapping.PublishedProvince), mapping.PublishedProvince, PlaceRules.MaxProvinceLength);
        FieldChecks.MaxLength(problems, nameof(mapping.PublishedDistrict), mapping.PublishedDistrict, PlaceRules.MaxDistrictLength);
        FieldChecks.MaxLength(problems, nameof(mapping.PublishedCommuneOrWard), mapping.PublishedCommuneOrWard, PlaceRules.MaxCommuneOrWardLength);
        AdministrativeUnits.Check(problems, null, mapping.CurrentCommuneOrWard, mapping.CurrentProvince);
        Source(problems, nameof(mapping.ProvinceResolution), nameof(mapping.ProvinceResolutionDate), mapping.ProvinceResolution, mapping.ProvinceResolutionDate);
        Source(problems, nameof(mapping.CommuneResolution), nameof(mapping.CommuneResolutionDate), mapping.CommuneResolution, mapping.CommuneResolutionDate);
        if (!string.IsNullOrWhiteSpace(mapping.CurrentProvince) && string.IsNullOrWhiteSpace(mapping.ProvinceResolution))
        {
            problems.Add(new(nameof(mapping.ProvinceResolution), SourceNeeded, nameof(mapping.CurrentProvince)));
        }

        if (!string.IsNullOrWhiteSpace(mapping.CurrentCommuneOrWard) && string.IsNullOrWhiteSpace(mapping.CommuneResolution))
        {
            problems.Add(new(nameof(mapping.CommuneResolution), SourceNeeded, nameof(mapping.CurrentCommuneOrWard)));
        }

        FieldChecks.MaxLength(problems, nameof(mapping.VerifiedAt), mapping.VerifiedAt, MaxVerifiedAtLength);
        FieldChecks.MaxLength(problems, nameof(mapping.Note), mapping.Note, MaxNoteLength);
        return problems;
    }

    /// <summary>Whether <paramref name="mapping"/> is about the address published as these units (folded, so "Mỹ Hoà"
    /// and "Mỹ Hòa" or a different case are the same place).</summary>
    public static bool Matches(ILocalityMappingFields mapping, string? province, string? district, string? commune)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return Same(mapping.PublishedProvince, province) && Same(mapping.PublishedDistrict, district) && Same(mapping.PublishedCommuneOrWard, commune);
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(Text.VietnameseText.Fold(a ?? "").Trim(), Text.VietnameseText.Fold(b ?? "").Trim(), StringComparison.Ordinal);

    private static void Source(List<FieldProblem> problems, string field, string dateField, string? resolution, DateOnly? date)
    {
        FieldChecks.MaxLength(problems, field, resolution, MaxResolutionLength);
        if (resolution is not null && !ResolutionNumber().IsMatch(resolution))
        {
            problems.Add(new(field, ResolutionMalformed, resolution));
        }

        if (date is not null && string.IsNullOrWhiteSpace(resolution))
        {
            problems.Add(new(dateField, DateWithoutResolution));
        }

        // The reorganisation's resolutions date from 2025 (before the units took effect on 1 July 2025).
        if (date is { } day && (day.Year != 2025 || day > new DateOnly(2025, 7, 1)))
        {
            problems.Add(new(dateField, DateOutsideReorganisation, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    // "202/2025/QH15", "1654/NQ-UBTVQH15": a number, a slash, then the issuer's code as the documents write it.
    [GeneratedRegex(@"^\d{1,5}/[0-9A-Z][0-9A-Z/-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionNumber();
}
