using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// Checks that files of several types share, each a finding naming the property (dotted path) so the import can
/// point at its line. Lengths follow the columns of the content model, so a file that imports into SQLite also fits
/// a stricter database.
/// </summary>
internal static class USyncChecks
{
    public static IEnumerable<(string, string)> Identity(Guid key, string slug, string nameProperty, string name, int maxName)
    {
        if (key == Guid.Empty)
        {
            yield return ("key", "key is missing: every file needs a stable GUID key.");
        }

        if (!Slug.IsWellFormed(slug))
        {
            var suggestion = Slug.From(string.IsNullOrWhiteSpace(slug) ? name : slug);
            yield return ("slug", string.IsNullOrEmpty(suggestion)
                ? $"slug '{slug}' is not well-formed: use a–z, 0–9 and single hyphens."
                : $"slug '{slug}' is not well-formed: use a–z, 0–9 and single hyphens, for example '{suggestion}'.");
        }

        foreach (var finding in Required(nameProperty, name).Concat(Length(nameProperty, name, maxName)))
        {
            yield return finding;
        }
    }

    public static IEnumerable<(string, string)> Required(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return (property, $"{property} is missing.");
        }
    }

    public static IEnumerable<(string, string)> Length(string property, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            yield return (property, $"{property} is {value.Length} characters long; at most {max} fit.");
        }
    }

    public static IEnumerable<(string, string)> Defined<TEnum>(string property, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            yield return (property, $"{property} is missing; one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    public static IEnumerable<(string, string)> Address(AddressFile? address)
    {
        if (address is null || string.IsNullOrWhiteSpace(address.Province))
        {
            yield return ("address.province", "address.province is missing.");
            yield break;
        }

        foreach (var finding in Length("address.street", address.Street, 200)
            .Concat(Length("address.communeOrWard", address.CommuneOrWard, 120))
            .Concat(Length("address.district", address.District, 120))
            .Concat(Length("address.province", address.Province, 120)))
        {
            yield return finding;
        }
    }

    public static IEnumerable<(string, string)> Coordinates(double? latitude, double? longitude)
    {
        if (latitude.HasValue != longitude.HasValue)
        {
            yield return (latitude.HasValue ? "longitude" : "latitude", "latitude and longitude go together: give both or neither.");
        }

        if (latitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90))
        {
            yield return ("latitude", $"latitude {lat} is outside -90–90.");
        }

        if (longitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180))
        {
            yield return ("longitude", $"longitude {lon} is outside -180–180.");
        }
    }

    public static IEnumerable<(string, string)> WebAddress(string property, string? value)
    {
        if (value is not null && !IsWebAddress(value))
        {
            yield return (property, $"{property} '{value}' is not an http or https address.");
        }
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
