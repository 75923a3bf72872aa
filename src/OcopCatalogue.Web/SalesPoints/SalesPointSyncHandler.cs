using System.Globalization;
using OcopCatalogue.Core.Fields;
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
        return [.. USyncChecks.Key(file.Key), .. Findings(SalesPointRules.Check(file)), .. USyncChecks.State(file.State)];
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

    protected override string Describe(FieldProblem problem, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return (problem.MessageKey, propertyPath) switch
        {
            (FieldMessage.Required, "schedule") => "schedule is missing: write { \"weekly\": [], \"exceptions\": [] } when no hours are published.",
            (FieldMessage.Choose, "schedule.weekly") => $"day {a[0]} is not a weekday; one of {a[1]}.",
            (SalesPointRules.ExceptionEndsBeforeStart, _) => $"exception from {a[0]:yyyy-MM-dd} ends before it starts ({a[1]:yyyy-MM-dd}).",
            _ => USyncChecks.Coordinates(SalesPointRules.Coordinates, problem, propertyPath)
                ?? USyncChecks.Photos(SalesPointRules.Photos, "photos", "a", "photo", problem, propertyPath)
                ?? base.Describe(problem, propertyPath),
        };
    }
}
