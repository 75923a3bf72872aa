using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// schema.org JSON-LD for search engines. Serialised with System.Text.Json, whose encoder always escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no content can close the script element it is written into.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Vietnamese letters stay readable; the HTML-sensitive characters are escaped by every encoder regardless.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A schema.org Product. The OCOP rating goes in additionalProperty: it is not a review rating.</summary>
    public static string Product(
        string name,
        string url,
        string? description,
        IEnumerable<string> images,
        string category,
        string? manufacturerName,
        string? manufacturerUrl,
        IEnumerable<KeyValuePair<string, JsonNode?>> properties)
    {
        var product = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = name,
            ["url"] = url,
            ["category"] = category,
        };
        if (!string.IsNullOrWhiteSpace(description))
        {
            product["description"] = description;
        }

        var imageArray = new JsonArray(images.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        if (imageArray.Count > 0)
        {
            product["image"] = imageArray;
        }

        if (manufacturerName is not null)
        {
            var manufacturer = new JsonObject { ["@type"] = "Organization", ["name"] = manufacturerName };
            if (manufacturerUrl is not null)
            {
                manufacturer["url"] = manufacturerUrl;
            }

            product["manufacturer"] = manufacturer;
        }

        var additional = new JsonArray();
        foreach (var (propertyName, value) in properties)
        {
            additional.Add(new JsonObject { ["@type"] = "PropertyValue", ["name"] = propertyName, ["value"] = value });
        }

        if (additional.Count > 0)
        {
            product["additionalProperty"] = additional;
        }

        return product.ToJsonString(Options);
    }

    /// <summary>A schema.org Organization for a producer, with only the facts that were published.</summary>
    public static string Organization(string name, string url, string? website, string? phone, PostalAddress address, GeoPoint? location)
    {
        ArgumentNullException.ThrowIfNull(address);
        var organization = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = name,
            ["url"] = url,
        };
        if (website is not null)
        {
            organization["sameAs"] = website;
        }

        if (!string.IsNullOrWhiteSpace(phone))
        {
            organization["telephone"] = phone;
        }

        var postal = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "VN" };
        var locality = string.Join(", ", new[] { address.CommuneOrWard, address.District }.Where(p => !string.IsNullOrWhiteSpace(p)));
        AddIfPresent(postal, "streetAddress", address.Street);
        AddIfPresent(postal, "addressLocality", locality);
        AddIfPresent(postal, "addressRegion", address.Province);
        organization["address"] = postal;

        if (location is not null)
        {
            organization["geo"] = new JsonObject
            {
                ["@type"] = "GeoCoordinates",
                ["latitude"] = location.Latitude,
                ["longitude"] = location.Longitude,
            };
        }

        return organization.ToJsonString(Options);
    }

    /// <summary>
    /// A schema.org Store or LocalBusiness for a sales point: weekly hours as openingHoursSpecification, dated
    /// exceptions with validFrom/validThrough (closed days as 00:00–00:00, as schema.org documents), geo only when published.
    /// </summary>
    public static string LocalBusiness(
        string type, string name, string url, string? phone, PostalAddress address, GeoPoint? location, OpeningSchedule schedule, IEnumerable<string> images)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(schedule);
        var business = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = type,
            ["name"] = name,
            ["url"] = url,
        };
        AddIfPresent(business, "telephone", phone);
        var postal = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "VN" };
        AddIfPresent(postal, "streetAddress", address.Street);
        AddIfPresent(postal, "addressLocality", string.Join(", ", new[] { address.CommuneOrWard, address.District }.Where(p => !string.IsNullOrWhiteSpace(p))));
        AddIfPresent(postal, "addressRegion", address.Province);
        business["address"] = postal;
        if (location is not null)
        {
            business["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = location.Latitude, ["longitude"] = location.Longitude };
        }

        var imageArray = new JsonArray(images.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        if (imageArray.Count > 0)
        {
            business["image"] = imageArray;
        }

        var hours = new JsonArray();
        foreach (var weekly in schedule.Weekly)
        {
            hours.Add(Hours(weekly.Day, weekly.Opens, weekly.Closes));
        }

        foreach (var dated in schedule.Exceptions)
        {
            var stretches = dated.IsClosed ? [new OpeningInterval(TimeOnly.MinValue, TimeOnly.MinValue)] : dated.Hours;
            foreach (var stretch in stretches)
            {
                var spec = Hours(null, stretch.Opens, stretch.Closes);
                spec["validFrom"] = dated.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                spec["validThrough"] = dated.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                hours.Add(spec);
            }
        }

        if (hours.Count > 0)
        {
            business["openingHoursSpecification"] = hours;
        }

        return business.ToJsonString(Options);
    }

    private static JsonObject Hours(DayOfWeek? day, TimeOnly opens, TimeOnly closes)
    {
        var spec = new JsonObject { ["@type"] = "OpeningHoursSpecification" };
        if (day is { } d)
        {
            spec["dayOfWeek"] = "https://schema.org/" + d;
        }

        spec["opens"] = opens.ToString("HH:mm", CultureInfo.InvariantCulture);
        spec["closes"] = closes.ToString("HH:mm", CultureInfo.InvariantCulture);
        return spec;
    }

    private static void AddIfPresent(JsonObject target, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[key] = value;
        }
    }
}
