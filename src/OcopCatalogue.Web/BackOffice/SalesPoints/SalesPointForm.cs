using System.Globalization;
using System.Text.RegularExpressions;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.USync;
using static OcopCatalogue.Web.BackOffice.Editing.FormText;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// The sales point edit form, every field a string as typed, so a wrong value comes back unchanged with a message
/// beside it. <see cref="ToFile"/> turns it into the point's uSync file.
/// </summary>
public sealed partial class SalesPointForm : IEditForm<SalesPointForm, SalesPointFile>, IRowForm
{
    public const string WeeklyList = "weekly";
    public const string ExceptionList = "exceptions";
    public const string PhotoList = "photos";

    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Slug { get; set; }
    public string? Kind { get; set; }
    public string? Operator { get; set; }
    public string? Street { get; set; }
    public string? CommuneOrWard { get; set; }
    public string? District { get; set; }
    public string? Province { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Phone { get; set; }
    /// <summary>The hours in the source's own words.</summary>
    public string? OpeningHours { get; set; }
    public List<WeeklyHoursRow> Weekly { get; set; } = [];
    public List<DatedHoursRow> Exceptions { get; set; } = [];
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public List<PhotoRow> Photos { get; set; } = [];
    public string? Source { get; set; }
    public string? LastVerified { get; set; }
    /// <summary>A remark stored with the version.</summary>
    public string? Note { get; set; }

    /// <summary>True when the slug field was left empty: the page then picks a free one from the name.</summary>
    public bool SlugFromName => string.IsNullOrWhiteSpace(Slug);

    public static SalesPointForm From(SalesPointFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new SalesPointForm
        {
            Name = file.Name,
            NameEn = file.NameEn,
            Slug = file.Slug,
            Kind = file.Kind.ToString(),
            Operator = file.Operator,
            Street = file.Address.Street,
            CommuneOrWard = file.Address.CommuneOrWard,
            District = file.Address.District,
            Province = file.Address.Province,
            Latitude = file.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = file.Longitude?.ToString(CultureInfo.InvariantCulture),
            Phone = file.Phone,
            OpeningHours = file.OpeningHours,
            Weekly = [.. file.Schedule.Weekly.Select(w => new WeeklyHoursRow { Day = w.Day.ToString(), Opens = w.Opens, Closes = w.Closes })],
            Exceptions = [.. file.Schedule.Exceptions.Select(e => new DatedHoursRow
            {
                From = Date(e.From),
                To = Date(e.To),
                Hours = string.Join("; ", e.Hours.Select(h => $"{h.Opens}-{h.Closes}")),
                Note = e.Note,
            })],
            Description = file.Description,
            DescriptionEn = file.DescriptionEn,
            Photos = [.. file.Photos.Select(p => new PhotoRow { Path = p.Path, Alt = p.Alt })],
            Source = file.Source,
            LastVerified = Date(file.LastVerified),
        };
    }

    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    public bool Apply(RowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        switch (action.List)
        {
            case WeeklyList:
                action.ApplyTo(Weekly);
                return true;
            case ExceptionList:
                action.ApplyTo(Exceptions);
                return true;
            case PhotoList:
                action.ApplyTo(Photos);
                return true;
            default:
                return false;
        }
    }

    /// <summary>What is wrong with the form on its own, before the store is asked (a slug in use is the workflow's to find).</summary>
    public IReadOnlyList<FormProblem> Problems() => Read(out _);

    /// <summary>The file the form describes, keeping what the form does not edit (the key) from <paramref name="original"/>.
    /// Call only when <see cref="Problems"/> is empty.</summary>
    public SalesPointFile ToFile(SalesPointFile original, string slug)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Read(out var values).Count > 0)
        {
            throw new InvalidOperationException("The form has problems; it describes no file.");
        }

        return original with
        {
            Slug = slug,
            Name = Name!.Trim(),
            NameEn = Blank(NameEn),
            Kind = Enum.Parse<SalesPointKind>(Kind!),
            Operator = Blank(Operator),
            Address = new AddressFile { Street = Blank(Street), CommuneOrWard = Blank(CommuneOrWard), District = Blank(District), Province = Province!.Trim() },
            Latitude = values.Latitude,
            Longitude = values.Longitude,
            Phone = Blank(Phone),
            OpeningHours = Blank(OpeningHours),
            Schedule = values.Schedule,
            Description = Blank(Description),
            DescriptionEn = Blank(DescriptionEn),
            Photos = [.. Photos.Where(p => !p.IsBlank).Select(p => new SalesPointPhotoFile { Path = p.Path!.Trim(), Alt = p.Alt!.Trim() })],
            Source = Blank(Source),
            LastVerified = values.LastVerified,
        };
    }

    /// <summary>The slug the form asks for: as typed, or made from the name when left empty.</summary>
    public string WantedSlug() => SlugFromName ? OcopCatalogue.Core.Text.Slug.From(Name) : Slug!.Trim();

    private List<FormProblem> Read(out (double? Latitude, double? Longitude, ScheduleFile Schedule, DateOnly? LastVerified) values)
    {
        var problems = new List<FormProblem>();
        Required(problems, "Name", Name);
        Length(problems, "Name", Name, 200);
        Length(problems, "NameEn", NameEn, 200);
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(WantedSlug()))
        {
            problems.Add(new("Slug", "Editorial.Form.SlugMalformed", OcopCatalogue.Core.Text.Slug.From(SlugFromName ? Name : Slug)));
        }

        Choice<SalesPointKind>(problems, "Kind", Kind);
        Length(problems, "Operator", Operator, 200);
        Required(problems, "Province", Province);
        Length(problems, "Street", Street, 200);
        Length(problems, "CommuneOrWard", CommuneOrWard, 120);
        Length(problems, "District", District, 120);
        Length(problems, "Province", Province, 120);
        var latitude = Coordinate(problems, "Latitude", Latitude, 90);
        var longitude = Coordinate(problems, "Longitude", Longitude, 180);
        if (latitude.HasValue != longitude.HasValue && !problems.Any(p => p.Field is "Latitude" or "Longitude"))
        {
            problems.Add(new(latitude.HasValue ? "Longitude" : "Latitude", "SalesPoints.Error.CoordinatesTogether"));
        }

        Length(problems, "Phone", Phone, 40);
        if (Blank(Phone) is { } phone && !PhoneText().IsMatch(phone))
        {
            problems.Add(new("Phone", "SalesPoints.Error.Phone"));
        }

        Length(problems, "OpeningHours", OpeningHours, 500);
        var schedule = Schedule(problems);
        Length(problems, "Description", Description, 2000);
        Length(problems, "DescriptionEn", DescriptionEn, 2000);
        foreach (var (photo, index) in Photos.Select((p, i) => (p, i)).Where(p => !p.p.IsBlank))
        {
            var field = $"Photos[{index}]";
            if (string.IsNullOrWhiteSpace(photo.Path))
            {
                problems.Add(new($"{field}.Path", "Editorial.Form.Required"));
            }
            else if (!IsImageAddress(photo.Path.Trim()))
            {
                problems.Add(new($"{field}.Path", "SalesPoints.Error.PhotoPath"));
            }

            Length(problems, $"{field}.Path", photo.Path, 300);
            if (string.IsNullOrWhiteSpace(photo.Alt))
            {
                problems.Add(new($"{field}.Alt", "SalesPoints.Error.PhotoAlt"));
            }

            Length(problems, $"{field}.Alt", photo.Alt, 300);
        }

        Length(problems, "Source", Source, 500);
        var verified = Date(problems, "LastVerified", LastVerified);
        Length(problems, "Note", Note, 500);
        values = (latitude, longitude, schedule, verified);
        return problems;
    }

    private ScheduleFile Schedule(List<FormProblem> problems)
    {
        var weekly = new List<WeeklyHoursFile>();
        foreach (var (row, index) in Weekly.Select((r, i) => (r, i)).Where(r => !r.r.IsBlank))
        {
            var field = $"Weekly[{index}]";
            var day = Choice<DayOfWeek>(problems, $"{field}.Day", row.Day);
            var opens = Time(problems, $"{field}.Opens", row.Opens);
            var closes = Time(problems, $"{field}.Closes", row.Closes);
            if (day is { } d && opens is { } o && closes is { } c)
            {
                weekly.Add(new WeeklyHoursFile { Day = d, Opens = Time(o), Closes = Time(c) });
            }
        }

        var exceptions = new List<DatedHoursFile>();
        foreach (var (row, index) in Exceptions.Select((r, i) => (r, i)).Where(r => !r.r.IsBlank))
        {
            var field = $"Exceptions[{index}]";
            var count = problems.Count;
            var from = Date(problems, $"{field}.From", row.From);
            if (string.IsNullOrWhiteSpace(row.From))
            {
                problems.Add(new($"{field}.From", "Editorial.Form.Required"));
            }

            // One day is the common case (a holiday): "to" may be left empty.
            var to = string.IsNullOrWhiteSpace(row.To) ? from : Date(problems, $"{field}.To", row.To);
            if (from is { } f && to is { } t && t < f)
            {
                problems.Add(new($"{field}.To", "SalesPoints.Error.ExceptionEndsBeforeStart"));
            }

            var hours = Stretches(row.Hours);
            if (hours is null)
            {
                problems.Add(new($"{field}.Hours", "SalesPoints.Error.ExceptionHours"));
            }

            Length(problems, $"{field}.Note", row.Note, 200);
            if (problems.Count == count)
            {
                exceptions.Add(new DatedHoursFile { From = from!.Value, To = to!.Value, Hours = hours!, Note = Blank(row.Note) });
            }
        }

        // Weekly lines in week order (Monday first, as Vietnamese calendars do), each day's stretches by opening time.
        return new ScheduleFile
        {
            Weekly = [.. weekly.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Opens, StringComparer.Ordinal)],
            Exceptions = [.. exceptions.OrderBy(e => e.From)],
        };
    }

    /// <summary>"08:00-11:30; 13:30-17:00" as stretches; empty for an empty text (closed); null when it does not read.</summary>
    private static List<HoursFile>? Stretches(string? text)
    {
        var hours = new List<HoursFile>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return hours;
        }

        var ignored = new List<FormProblem>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            if (ends is not [var opensText, var closesText]
                || Time(ignored, "", opensText) is not { } opens || Time(ignored, "", closesText) is not { } closes)
            {
                return null;
            }

            hours.Add(new HoursFile { Opens = Time(opens), Closes = Time(closes) });
        }

        return hours;
    }

    /// <summary>An image on this site ("/media/...", "images/...") or on another over https: nothing that climbs out
    /// of a folder, names another scheme (javascript:, data:) or starts with "//".</summary>
    private static bool IsImageAddress(string path)
    {
        if (path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !path.Any(char.IsWhiteSpace);
        }

        return SitePath().IsMatch(path) && !path.Contains("..", StringComparison.Ordinal) && !path.StartsWith("//", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[0-9+().\-/ ]{6,40}$")]
    private static partial Regex PhoneText();

    [GeneratedRegex(@"^/?[A-Za-z0-9][A-Za-z0-9._\-/]*$")]
    private static partial Regex SitePath();
}
