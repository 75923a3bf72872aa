using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// What the edit forms of places (producers, sales points) share besides their names: the address as published, the
/// coordinates (both or neither, <see cref="PlaceRules"/>) and a phone number.
/// </summary>
public abstract class PlaceForm : NamedForm
{
    public string? Street { get; set; }
    public string? CommuneOrWard { get; set; }
    public string? District { get; set; }
    public string? Province { get; set; }
    /// <summary>Today's units (since 1 July 2025), set by staff only when certain.</summary>
    public string? CurrentCommuneOrWard { get; set; }
    public string? CurrentProvince { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Phone { get; set; }

    /// <summary>A finding's field as the form names it: the address's parts are fields of their own.</summary>
    protected static string FieldOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var address = FieldPath.Member(nameof(IPlaceFields.Address), "");
        return field.StartsWith(address, StringComparison.Ordinal) ? field[address.Length..] : field;
    }

    /// <summary>Shows a stored place.</summary>
    protected void ShowPlace(AddressFile address, double? latitude, double? longitude, string? phone)
    {
        ArgumentNullException.ThrowIfNull(address);
        Street = address.Street;
        CommuneOrWard = address.CommuneOrWard;
        District = address.District;
        Province = address.Province;
        CurrentCommuneOrWard = address.CurrentCommuneOrWard;
        CurrentProvince = address.CurrentProvince;
        Latitude = latitude?.ToString(CultureInfo.InvariantCulture);
        Longitude = longitude?.ToString(CultureInfo.InvariantCulture);
        Phone = phone;
    }

    /// <summary>The address as the file keeps it.</summary>
    protected AddressFile ReadAddress() => new()
    {
        Street = FormText.Blank(Street),
        CommuneOrWard = FormText.Blank(CommuneOrWard),
        District = FormText.Blank(District),
        Province = FormText.Blank(Province) ?? "",
        CurrentCommuneOrWard = FormText.Blank(CurrentCommuneOrWard),
        CurrentProvince = FormText.Blank(CurrentProvince),
    };

    /// <summary>The coordinates as numbers; text that is not one is a problem worded as the type words them.</summary>
    protected (double? Latitude, double? Longitude) ReadCoordinates(List<FormProblem> problems, CoordinateMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return (FormText.Coordinate(problems, nameof(Latitude), Latitude, messages.OutOfRange, PlaceRules.MaxLatitude),
            FormText.Coordinate(problems, nameof(Longitude), Longitude, messages.OutOfRange, PlaceRules.MaxLongitude));
    }
}
