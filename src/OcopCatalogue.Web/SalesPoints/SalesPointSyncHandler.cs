using System.Globalization;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>
/// Sales points in uSync: <c>sales-points/{slug}.json</c>, read before the products that name them. Opening times are
/// written "HH:mm" and nothing else is accepted, so files stay canonical.
/// </summary>
public sealed class SalesPointSyncHandler(OcopDbContext db, TimeProvider clock) : SluggedSyncHandler<SalesPointFile, SalesPoint>(db, clock)
{
    public const string FolderName = "sales-points";

    private const string TimeFormat = "HH:mm";

    public override ContentItemType Type => ContentItemType.SalesPoint;

    public override string Folder => FolderName;

    public override int ImportOrder => 200;

    public override SalesPointFile ToFile(SalesPoint entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Key = entity.Id,
            Slug = entity.Slug,
            Name = entity.Name,
            Kind = entity.Kind,
            Operator = entity.Operator,
            Address = AddressFile.Of(entity.Address),
            Latitude = entity.Latitude,
            Longitude = entity.Longitude,
            OpeningHours = entity.OpeningHours,
            Schedule = ToFile(entity.Schedule),
            Phone = entity.Phone,
            Description = entity.Description,
            Photos = [.. entity.Photos.Select(p => new SalesPointPhotoFile { Path = p.Path, Alt = p.Alt, Media = p.MediaId })],
            Source = entity.Source,
            LastVerified = entity.LastVerified,
            NameEn = entity.NameEn,
            DescriptionEn = entity.DescriptionEn,
            State = entity.State,
        };
    }

    public override void Apply(SalesPointFile file, SalesPoint entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.Slug = file.Slug;
        entity.Name = file.Name;
        entity.Kind = file.Kind;
        entity.Operator = file.Operator;
        file.Address.CopyTo(entity.Address);
        entity.Latitude = file.Latitude;
        entity.Longitude = file.Longitude;
        entity.OpeningHours = file.OpeningHours;
        entity.Schedule = ToSchedule(file.Schedule);
        entity.Phone = file.Phone;
        entity.Description = file.Description;
        entity.Photos = [.. file.Photos.Select(p => new SalesPointPhoto { Path = p.Path, Alt = p.Alt, MediaId = p.Media })];
        entity.Source = file.Source;
        entity.LastVerified = file.LastVerified;
        entity.NameEn = file.NameEn;
        entity.DescriptionEn = file.DescriptionEn;
        entity.State = file.State;
    }

    public override IEnumerable<(string Property, string Message)> Check(SalesPointFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var findings = USyncChecks.Identity(file.Key, file.Slug, "name", file.Name, 200)
            .Concat(USyncChecks.Defined("kind", file.Kind))
            .Concat(USyncChecks.Length("operator", file.Operator, 200))
            .Concat(USyncChecks.Address(file.Address))
            .Concat(USyncChecks.Coordinates(file.Latitude, file.Longitude))
            .Concat(USyncChecks.Length("openingHours", file.OpeningHours, 500))
            .Concat(Schedule(file.Schedule))
            .Concat(USyncChecks.Length("phone", file.Phone, 40))
            .Concat(USyncChecks.Length("description", file.Description, 2000))
            .Concat(USyncChecks.Length("nameEn", file.NameEn, 200))
            .Concat(USyncChecks.Length("descriptionEn", file.DescriptionEn, 2000))
            .Concat(Photos(file.Photos))
            .Concat(USyncChecks.Length("source", file.Source, 500))
            .Concat(USyncChecks.Defined("state", file.State));
        return findings.ToList();
    }

    protected override Guid KeyOf(SalesPointFile file) => file.Key;

    protected override string SlugOf(SalesPointFile file) => file.Slug;

    private static ScheduleFile ToFile(OpeningSchedule schedule) => new()
    {
        Weekly = [.. schedule.Weekly.Select(w => new WeeklyHoursFile { Day = w.Day, Opens = Time(w.Opens), Closes = Time(w.Closes) })],
        Exceptions = [.. schedule.Exceptions.Select(e => new DatedHoursFile
        {
            From = e.From,
            To = e.To,
            Hours = [.. e.Hours.Select(h => new HoursFile { Opens = Time(h.Opens), Closes = Time(h.Closes) })],
            Note = e.Note,
        })],
    };

    // Only called on files that passed Check, so every time parses.
    private static OpeningSchedule ToSchedule(ScheduleFile f) => new()
    {
        Weekly = [.. f.Weekly.Select(w => new WeeklyOpening(w.Day, Time(w.Opens), Time(w.Closes)))],
        Exceptions = [.. f.Exceptions.Select(e => new DatedHours
        {
            From = e.From,
            To = e.To,
            Hours = [.. e.Hours.Select(h => new OpeningInterval(Time(h.Opens), Time(h.Closes)))],
            Note = e.Note,
        })],
    };

    private static string Time(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture);

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
                .Concat(USyncChecks.Length("schedule.exceptions", dated.Note, 200)))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<(string, string)> Times(string property, string opens, string closes)
    {
        foreach (var time in new[] { opens, closes })
        {
            if (!TimeOnly.TryParseExact(time, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
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
}
