using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Content.Files;

namespace OcopCatalogue.Web.Content;

/// <summary>
/// What a uSync file must satisfy on its own, before the database is asked anything. Each finding names the
/// property (dotted path) so the import can point at its line. Lengths follow the columns of the content model,
/// so a file that imports into SQLite also fits a stricter database.
/// </summary>
internal static class USyncRules
{
    public static IEnumerable<(string Property, string Message)> Check(ProducerFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var findings = Identity(f.Key, f.Slug, "name", f.Name, 200)
            .Concat(Defined("kind", f.Kind))
            .Concat(Address(f.Address))
            .Concat(Coordinates(f.Latitude, f.Longitude))
            .Concat(Length("phone", f.Phone, 40))
            .Concat(Length("website", f.Website, 300))
            .Concat(WebAddress("website", f.Website))
            .Concat(Length("logoPath", f.LogoPath, 300))
            .Concat(Length("nameEn", f.NameEn, 200))
            .Concat(Defined("state", f.State));
        return findings.ToList();
    }

    public static IEnumerable<(string Property, string Message)> Check(SalesPointFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var findings = Identity(f.Key, f.Slug, "name", f.Name, 200)
            .Concat(Defined("kind", f.Kind))
            .Concat(Length("operator", f.Operator, 200))
            .Concat(Address(f.Address))
            .Concat(Coordinates(f.Latitude, f.Longitude))
            .Concat(Length("openingHours", f.OpeningHours, 500))
            .Concat(Schedule(f.Schedule))
            .Concat(Length("phone", f.Phone, 40))
            .Concat(Length("description", f.Description, 2000))
            .Concat(Length("nameEn", f.NameEn, 200))
            .Concat(Length("descriptionEn", f.DescriptionEn, 2000))
            .Concat(Photos(f.Photos))
            .Concat(Length("source", f.Source, 500))
            .Concat(Defined("state", f.State));
        return findings.ToList();
    }

    public static IEnumerable<(string Property, string Message)> Check(ProductFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var findings = Identity(f.Key, f.Slug, "name", f.Name, 200)
            .Concat(Defined("group", f.Group))
            .Concat(SubGroup(f.Group, f.SubGroupCode))
            .Concat(Origin(f))
            .Concat(ProductCodes(f.Gtin, f.TraceCode))
            .Concat(Length("originLocality", f.OriginLocality, 120))
            .Concat(Length("originProvince", f.OriginProvince, 120))
            .Concat(Length("shortDescription", f.ShortDescription, 500))
            .Concat(Length("nameEn", f.NameEn, 200))
            .Concat(Length("shortDescriptionEn", f.ShortDescriptionEn, 500))
            .Concat(Length("ingredients", f.Ingredients, 2000))
            .Concat(Length("packaging", f.Packaging, 500))
            .Concat(Length("shelfLife", f.ShelfLife, 200))
            .Concat(Length("source", f.Source, 500))
            .Concat(SalesPointKeys(f.SalesPoints))
            .Concat(OnlineShops(f.OnlineShops))
            .Concat(Images(f.Images))
            .Concat(Defined("state", f.State));
        return findings.ToList();
    }

    public static IEnumerable<(string Property, string Message)> Check(CertificateFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var findings = new List<(string, string)>();
        if (f.Key == Guid.Empty)
        {
            findings.Add(("key", "key is missing: every file needs a stable GUID key."));
        }

        if (f.Product == Guid.Empty)
        {
            findings.Add(("product", "product is missing: give the key of the certified product."));
        }

        if (f.Sequence < 1)
        {
            findings.Add(("sequence", $"sequence {f.Sequence} is not valid: the first certificate of a product is 1."));
        }

        if (f.Score is { } score)
        {
            if (!StarBands.IsValid(score))
            {
                findings.Add(("score", $"score {score} is outside {StarBands.MinimumScore}–{StarBands.MaximumScore} points."));
            }
            else if (decimal.Round(score, 2) != score)
            {
                findings.Add(("score", $"score {score} has more than two decimals."));
            }
            else if (f.PublishedStars is { } published && StarBands.FromScore(score) != published)
            {
                findings.Add(("publishedStars", $"publishedStars {published} disagrees with score {score}; leave it null when the score is published."));
            }
        }

        if (f.PublishedStars is { } stars && !Enum.IsDefined(stars))
        {
            findings.Add(("publishedStars", $"publishedStars {stars} is not a star rating."));
        }

        if (f.RevokedOn is not null && !f.IsRevoked)
        {
            findings.Add(("revokedOn", "revokedOn is set but isRevoked is false."));
        }

        if (f.Kind is { } kind && !Enum.IsDefined(kind))
        {
            findings.Add(("kind", $"kind {kind} is not one of {string.Join(", ", Enum.GetNames<EvaluationKind>())}."));
        }
        else if (f.Kind is EvaluationKind.Revocation && (!f.IsRevoked || f.Score is not null || f.PublishedStars is not null))
        {
            findings.Add(("kind", "a Revocation withdraws a rating: isRevoked is true and score and publishedStars are null."));
        }

        if (f.DecisionScan is { } scan && !BackOffice.Certificates.DecisionScanStore.IsWellFormedName(scan))
        {
            findings.Add(("decisionScan", $"decisionScan '{scan}' is not a file name the site made (32 hex digits and .pdf, .jpg or .png)."));
        }

        findings.AddRange(Length("decisionNumber", f.DecisionNumber, 60));
        findings.AddRange(Length("source", f.Source, 500));
        findings.AddRange(Length("note", f.Note, 1000));
        return findings;
    }

    public static IEnumerable<(string Property, string Message)> Check(BatchFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var findings = new List<(string, string)>();
        if (f.Key == Guid.Empty)
        {
            findings.Add(("key", "key is missing: every file needs a stable GUID key."));
        }

        if (f.Product == Guid.Empty)
        {
            findings.Add(("product", "product is missing: give the key of the batch's product."));
        }

        if (DigitalLink.QualifierProblem("lotCode", f.LotCode) is { } lotProblem)
        {
            findings.Add(("lotCode", lotProblem));
        }

        if (f.ProductionDate is { } made && f.ExpiryDate is { } expires && expires < made)
        {
            findings.Add(("expiryDate", $"expiryDate {expires:yyyy-MM-dd} is before productionDate {made:yyyy-MM-dd}."));
        }

        if (f.QuantityProduced is < 1)
        {
            findings.Add(("quantityProduced", $"quantityProduced {f.QuantityProduced} is not a positive number."));
        }

        findings.AddRange(Length("quantityUnit", f.QuantityUnit, 40));
        findings.AddRange(Length("originPlace", f.OriginPlace, 200));
        findings.AddRange(Length("growingAreaCode", f.GrowingAreaCode, 60));
        foreach (var certification in f.Certifications)
        {
            findings.AddRange(Required("certifications.scheme", certification.Scheme));
            if (certification.ValidFrom is { } from && certification.ValidUntil is { } until && until < from)
            {
                findings.Add(("certifications.validUntil", $"certification '{certification.Scheme}' ends before it starts."));
            }
        }

        findings.AddRange(f.LabTests.SelectMany(t => Required("labTests.what", t.What)));
        foreach (var (traceEvent, index) in f.Events.Select((e, i) => (e, i)))
        {
            findings.AddRange(Defined($"events[{index}].step", traceEvent.Step));
            if (index > 0 && traceEvent.On < f.Events[index - 1].On)
            {
                findings.Add(($"events[{index}].on", "events are not in the order they happened; list them oldest first."));
            }
        }

        findings.AddRange(Defined("state", f.State));
        return findings;
    }

    public static IEnumerable<(string Property, string Message)> Check(PageFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var findings = Identity(f.Key, f.Slug, "title", f.Title, 200)
            .Concat(Length("summary", f.Summary, 500))
            .Concat(Required("bodyHtml", f.BodyHtml))
            .Concat(Defined("state", f.State));
        return findings.ToList();
    }

    private static IEnumerable<(string, string)> Identity(Guid key, string slug, string nameProperty, string name, int maxName)
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

    private static IEnumerable<(string, string)> Required(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return (property, $"{property} is missing.");
        }
    }

    private static IEnumerable<(string, string)> Length(string property, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            yield return (property, $"{property} is {value.Length} characters long; at most {max} fit.");
        }
    }

    private static IEnumerable<(string, string)> Defined<TEnum>(string property, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            yield return (property, $"{property} is missing; one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    private static IEnumerable<(string, string)> Address(AddressFile? address)
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

    private static IEnumerable<(string, string)> Coordinates(double? latitude, double? longitude)
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

    private static IEnumerable<(string, string)> WebAddress(string property, string? value)
    {
        if (value is not null && !IsWebAddress(value))
        {
            yield return (property, $"{property} '{value}' is not an http or https address.");
        }
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static IEnumerable<(string, string)> SubGroup(OcopGroup group, string? code)
    {
        if (code is null)
        {
            yield break;
        }

        var subGroup = OcopSubGroups.Find(code);
        if (subGroup is null)
        {
            yield return ("subGroupCode", $"subGroupCode '{code}' is not a sub-group of Decision 148 (for example '1.3').");
        }
        else if (subGroup.Group != group)
        {
            yield return ("subGroupCode", $"subGroupCode '{code}' belongs to group {subGroup.Group}, not {group}.");
        }
    }

    private static IEnumerable<(string, string)> Origin(ProductFile f)
    {
        if (f.Producer is null && string.IsNullOrWhiteSpace(f.OriginProvince))
        {
            yield return ("originProvince", "originProvince is missing: a product without a producer needs its place of origin.");
        }
    }

    private static IEnumerable<(string, string)> ProductCodes(string? gtin, string? traceCode)
    {
        if (gtin is not null)
        {
            var normal = Gtin.Normalise(gtin, out var reason);
            if (normal is null)
            {
                yield return ("gtin", $"gtin is not valid: {reason}");
            }
            else if (normal != gtin)
            {
                yield return ("gtin", $"gtin '{gtin}' is not written in 14 digits; write {normal}.");
            }
        }

        if (traceCode is not null && !TraceCode.IsWellFormed(traceCode))
        {
            yield return ("traceCode", $"traceCode '{traceCode}' is not {TraceCode.Length} characters of {TraceCode.Alphabet}.");
        }
    }

    private static IEnumerable<(string, string)> SalesPointKeys(IReadOnlyList<Guid> keys)
    {
        if (keys.Contains(Guid.Empty))
        {
            yield return ("salesPoints", "salesPoints holds an empty key.");
        }

        if (keys.Distinct().Count() != keys.Count)
        {
            yield return ("salesPoints", "salesPoints lists the same key twice.");
        }
    }

    private static IEnumerable<(string, string)> OnlineShops(IReadOnlyList<OnlineShopFile> shops)
    {
        foreach (var shop in shops)
        {
            if (string.IsNullOrWhiteSpace(shop.Label))
            {
                yield return ("onlineShops", "an online shop has no label.");
            }

            if (!IsWebAddress(shop.Url))
            {
                yield return ("onlineShops", $"online shop url '{shop.Url}' is not an http or https address.");
            }
        }
    }

    private static IEnumerable<(string, string)> Schedule(ScheduleFile? schedule)
    {
        if (schedule is null)
        {
            yield return ("schedule", "schedule is missing: write { \"weekly\": [], \"exceptions\": [] } when no hours are published.");
            yield break;
        }

        foreach (var weekly in schedule.Weekly)
        {
            if (!Enum.IsDefined(weekly.Day))
            {
                yield return ("schedule.weekly", $"day {weekly.Day} is not a weekday; one of {string.Join(", ", Enum.GetNames<DayOfWeek>())}.");
            }

            foreach (var finding in Times("schedule.weekly", weekly.Opens, weekly.Closes))
            {
                yield return finding;
            }
        }

        foreach (var dated in schedule.Exceptions)
        {
            if (dated.To < dated.From)
            {
                yield return ("schedule.exceptions", $"exception from {dated.From:yyyy-MM-dd} ends before it starts ({dated.To:yyyy-MM-dd}).");
            }

            foreach (var finding in dated.Hours.SelectMany(h => Times("schedule.exceptions", h.Opens, h.Closes))
                .Concat(Length("schedule.exceptions", dated.Note, 200)))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<(string, string)> Times(string property, string opens, string closes)
    {
        foreach (var time in new[] { opens, closes })
        {
            if (!TimeOnly.TryParseExact(time, USyncMapping.TimeFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                yield return (property, $"time '{time}' is not written as HH:mm (for example 07:30 or 18:00).");
            }
        }
    }

    private static IEnumerable<(string, string)> Photos(IReadOnlyList<SalesPointPhotoFile> photos)
    {
        foreach (var photo in photos)
        {
            // A media library photo carries its own required alt text; a photo by path must bring one.
            if (photo.Media is null && string.IsNullOrWhiteSpace(photo.Path))
            {
                yield return ("photos", "a photo has neither a path nor a media key.");
            }

            if (photo.Media is null && string.IsNullOrWhiteSpace(photo.Alt))
            {
                yield return ("photos", $"photo '{photo.Path}' has no alt text; every photo needs one for screen readers.");
            }

            if (photo.Media == Guid.Empty)
            {
                yield return ("photos", "a photo's media key is the empty GUID.");
            }
        }
    }

    private static IEnumerable<(string, string)> Images(IReadOnlyList<ProductImageFile> images)
    {
        foreach (var image in images)
        {
            // A media library image carries its own required alt text; an image by path must bring one.
            if (image.Media is null && string.IsNullOrWhiteSpace(image.Path))
            {
                yield return ("images", "an image has neither a path nor a media key.");
            }

            if (image.Media is null && string.IsNullOrWhiteSpace(image.Alt))
            {
                yield return ("images", $"image '{image.Path}' has no alt text; every photo needs one for screen readers.");
            }

            if (image.Media == Guid.Empty)
            {
                yield return ("images", "an image's media key is the empty GUID.");
            }
        }
    }
}
