using System.Text.RegularExpressions;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.SalesPoints;
using static OcopCatalogue.Web.BackOffice.Editing.FormText;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// The sales point edit form, every field a string as typed, so a wrong value comes back unchanged with a message
/// beside it. <see cref="ToFile"/> turns it into the point's uSync file.
/// </summary>
public sealed partial class SalesPointForm : PlaceForm, IEditForm<SalesPointForm, SalesPointFile>, IRowForm
{
    public const string WeeklyList = "weekly";
    public const string ExceptionList = "exceptions";
    public const string PhotoList = "photos";

    public string? Kind { get; set; }
    public string? Operator { get; set; }
    /// <summary>The hours in the source's own words.</summary>
    public string? OpeningHours { get; set; }
    public List<WeeklyHoursRow> Weekly { get; set; } = [];
    public List<DatedHoursRow> Exceptions { get; set; } = [];
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    public List<PhotoRow> Photos { get; set; } = [];
    public string? Source { get; set; }
    public string? LastVerified { get; set; }

    public static SalesPointForm From(SalesPointFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var form = new SalesPointForm
        {
            Kind = file.Kind.ToString(),
            Operator = file.Operator,
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
        form.ShowNames(file.Name, file.NameEn, file.Slug);
        form.ShowPlace(file.Address, file.Latitude, file.Longitude, file.Phone);
        return form;
    }

    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    public bool Apply(RowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.ApplyTo(WeeklyList, Weekly) || action.ApplyTo(ExceptionList, Exceptions) || action.ApplyTo(PhotoList, Photos);
    }

    /// <summary>What is wrong with the form on its own, before the store is asked (a slug in use is the workflow's to find).</summary>
    public IReadOnlyList<FormProblem> Problems() => Read(new SalesPointFile(), WantedSlug(), out _);

    /// <summary>The file the form describes, keeping what the form does not edit (the key) from <paramref name="original"/>.
    /// Call only when <see cref="Problems"/> is empty.</summary>
    public SalesPointFile ToFile(SalesPointFile original, string slug)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Read(original, slug, out var file).Count > 0)
        {
            throw new InvalidOperationException("The form has problems; it describes no file.");
        }

        // Weekly lines in week order (Monday first, as Vietnamese calendars do), each day's stretches by opening time.
        return file with
        {
            Schedule = new ScheduleFile
            {
                Weekly = [.. file.Schedule.Weekly.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.Opens, StringComparer.Ordinal)],
                Exceptions = [.. file.Schedule.Exceptions.OrderBy(e => e.From)],
            },
        };
    }

    /// <summary>The values typed, read into the file they describe (rows in the form's order) and checked by the sales
    /// point's rules.</summary>
    private List<FormProblem> Read(SalesPointFile original, string slug, out SalesPointFile file)
    {
        var problems = new List<FormProblem>();
        var kind = Choice<SalesPointKind>(problems, nameof(Kind), Kind);
        var (latitude, longitude) = ReadCoordinates(problems, SalesPointRules.Coordinates);
        var weekly = Filled(Weekly, r => r.IsBlank);
        var exceptions = Filled(Exceptions, r => r.IsBlank);
        var photos = Filled(Photos, p => p.IsBlank);
        var schedule = new ScheduleFile
        {
            Weekly = [.. weekly.Select(w => ReadWeekly(problems, w.Row, w.Index))],
            Exceptions = [.. exceptions.Select(e => ReadException(problems, e.Row, e.Index))],
        };
        var verified = Date(problems, nameof(LastVerified), LastVerified);
        file = original with
        {
            Slug = slug,
            Name = Blank(Name) ?? "",
            NameEn = Blank(NameEn),
            Kind = kind ?? default,
            Operator = Blank(Operator),
            Address = ReadAddress(),
            Latitude = latitude,
            Longitude = longitude,
            Phone = Blank(Phone),
            OpeningHours = Blank(OpeningHours),
            Schedule = schedule,
            Description = Blank(Description),
            DescriptionEn = Blank(DescriptionEn),
            Photos = [.. photos.Select(p => new SalesPointPhotoFile { Path = Blank(p.Row.Path) ?? "", Alt = Blank(p.Row.Alt) ?? "" })],
            Source = Blank(Source),
            LastVerified = verified,
        };
        var (weeklyRows, exceptionRows, photoRows) = (weekly.ConvertAll(w => w.Index), exceptions.ConvertAll(e => e.Index), photos.ConvertAll(p => p.Index));
        Findings(problems, SalesPointRules.Check(file), field => Row(Row(Row(FieldOf(field),
            FieldPath.Member(nameof(file.Schedule), nameof(schedule.Weekly)), weeklyRows, nameof(Weekly)),
            FieldPath.Member(nameof(file.Schedule), nameof(schedule.Exceptions)), exceptionRows, nameof(Exceptions)),
            nameof(file.Photos), photoRows, nameof(Photos)));
        if (Blank(Phone) is { } phone && !PhoneText().IsMatch(phone))
        {
            problems.Add(new(nameof(Phone), "SalesPoints.Error.Phone"));
        }

        foreach (var (photo, index) in photos)
        {
            var path = FieldPath.Row(nameof(Photos), index, nameof(PhotoRow.Path));
            if (!string.IsNullOrWhiteSpace(photo.Path) && !IsImageAddress(photo.Path.Trim()))
            {
                problems.Add(new(path, "SalesPoints.Error.PhotoPath"));
            }

            Length(problems, path, photo.Path, SalesPointRules.MaxPhotoPathLength);
            Length(problems, FieldPath.Row(nameof(Photos), index, nameof(PhotoRow.Alt)), photo.Alt, SalesPointRules.MaxPhotoAltLength);
        }

        Length(problems, nameof(Note), Note, ContentVersion.MaxNoteLength);
        return problems;
    }

    /// <summary>A weekly line: a day and times as typed; times that read are written "HH:mm".</summary>
    private static WeeklyHoursFile ReadWeekly(List<FormProblem> problems, WeeklyHoursRow row, int index)
    {
        var field = FieldPath.Row(nameof(Weekly), index);
        var day = Choice<DayOfWeek>(problems, FieldPath.Member(field, nameof(row.Day)), row.Day);
        var opens = Time(problems, FieldPath.Member(field, nameof(row.Opens)), row.Opens);
        var closes = Time(problems, FieldPath.Member(field, nameof(row.Closes)), row.Closes);
        return new WeeklyHoursFile
        {
            Day = day ?? default,
            Opens = opens is { } o ? Time(o) : row.Opens?.Trim() ?? "",
            Closes = closes is { } c ? Time(c) : row.Closes?.Trim() ?? "",
        };
    }

    /// <summary>An exception to the weekly hours: one day is the common case (a holiday), so "to" may be left empty.</summary>
    private static DatedHoursFile ReadException(List<FormProblem> problems, DatedHoursRow row, int index)
    {
        var field = FieldPath.Row(nameof(Exceptions), index);
        var from = Date(problems, FieldPath.Member(field, nameof(row.From)), row.From);
        if (string.IsNullOrWhiteSpace(row.From))
        {
            problems.Add(new(FieldPath.Member(field, nameof(row.From)), FieldMessage.Required));
        }

        var to = string.IsNullOrWhiteSpace(row.To) ? from : Date(problems, FieldPath.Member(field, nameof(row.To)), row.To);
        var hours = Stretches(row.Hours);
        if (hours is null)
        {
            problems.Add(new(FieldPath.Member(field, nameof(row.Hours)), "SalesPoints.Error.ExceptionHours"));
        }

        return new DatedHoursFile { From = from ?? default, To = to ?? default, Hours = hours ?? [], Note = Blank(row.Note) };
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
