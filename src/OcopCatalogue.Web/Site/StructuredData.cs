using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OcopCatalogue.Core.Catalogue;

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

    private static void AddIfPresent(JsonObject target, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[key] = value;
        }
    }
}
