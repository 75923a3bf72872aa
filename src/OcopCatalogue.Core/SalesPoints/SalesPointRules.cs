using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A sales point's field limits (its columns) and the checks its values must pass, wherever they come from.</summary>
public static class SalesPointRules
{
    public const int MaxNameLength = 200;
    public const int MaxOperatorLength = 200;
    public const int MaxOpeningHoursLength = 500;
    public const int MaxPhoneLength = 40;
    public const int MaxDescriptionLength = 2000;
    public const int MaxSourceLength = 500;
    public const int MaxExceptionNoteLength = 200;
    public const int MaxPhotoPathLength = 300;
    public const int MaxPhotoAltLength = 300;

    /// <summary>An exception to the weekly hours that ends before it starts: {0} its first day, {1} its last.</summary>
    public const string ExceptionEndsBeforeStart = "SalesPoints.Error.ExceptionEndsBeforeStart";

    /// <summary>How a sales point's coordinate problems are worded.</summary>
    public static CoordinateMessages Coordinates { get; } = new("Editing.Form.Coordinate", "SalesPoints.Error.CoordinatesTogether");

    /// <summary>How a sales point's photo problems are worded.</summary>
    public static PhotoMessages Photos { get; } = new(FieldMessage.Required, "SalesPoints.Error.PhotoAlt", "Product.Gallery.MediaUnknown");

    public static IReadOnlyList<FieldProblem> Check(ISalesPointFields point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var problems = new List<FieldProblem>();
        FieldChecks.Slug(problems, nameof(point.Slug), point.Slug, point.Name);
        FieldChecks.Required(problems, nameof(point.Name), point.Name);
        FieldChecks.MaxLength(problems, nameof(point.Name), point.Name, MaxNameLength);
        FieldChecks.Defined(problems, nameof(point.Kind), point.Kind);
        FieldChecks.MaxLength(problems, nameof(point.Operator), point.Operator, MaxOperatorLength);
        PlaceRules.Check(problems, point, Coordinates);
        FieldChecks.MaxLength(problems, nameof(point.OpeningHours), point.OpeningHours, MaxOpeningHoursLength);
        Schedule(problems, point.Schedule);
        FieldChecks.MaxLength(problems, nameof(point.Phone), point.Phone, MaxPhoneLength);
        FieldChecks.MaxLength(problems, nameof(point.Description), point.Description, MaxDescriptionLength);
        FieldChecks.MaxLength(problems, nameof(point.NameEn), point.NameEn, MaxNameLength);
        FieldChecks.MaxLength(problems, nameof(point.DescriptionEn), point.DescriptionEn, MaxDescriptionLength);
        PhotoRules.Check(problems, nameof(point.Photos), point.Photos, Photos);
        FieldChecks.MaxLength(problems, nameof(point.Source), point.Source, MaxSourceLength);
        return problems;
    }

    private static void Schedule(List<FieldProblem> problems, IScheduleFields? schedule)
    {
        const string at = nameof(ISalesPointFields.Schedule);
        if (schedule is null)
        {
            problems.Add(new(at, FieldMessage.Required));
            return;
        }

        var weekly = FieldPath.Member(at, nameof(schedule.Weekly));
        for (var i = 0; i < schedule.Weekly.Count; i++)
        {
            var line = schedule.Weekly[i];
            FieldChecks.Defined(problems, FieldPath.Row(weekly, i, nameof(line.Day)), line.Day);
            Times(problems, FieldPath.Row(weekly, i), line);
        }

        var exceptions = FieldPath.Member(at, nameof(schedule.Exceptions));
        for (var i = 0; i < schedule.Exceptions.Count; i++)
        {
            var dated = schedule.Exceptions[i];
            if (dated.To < dated.From)
            {
                problems.Add(new(FieldPath.Row(exceptions, i, nameof(dated.To)), ExceptionEndsBeforeStart, dated.From, dated.To));
            }

            for (var j = 0; j < dated.Hours.Count; j++)
            {
                Times(problems, FieldPath.Row(FieldPath.Row(exceptions, i, nameof(dated.Hours)), j), dated.Hours[j]);
            }

            FieldChecks.MaxLength(problems, FieldPath.Row(exceptions, i, nameof(dated.Note)), dated.Note, MaxExceptionNoteLength);
        }
    }

    private static void Times(List<FieldProblem> problems, string row, IHoursFields hours)
    {
        FieldChecks.Time(problems, FieldPath.Member(row, nameof(hours.Opens)), hours.Opens);
        FieldChecks.Time(problems, FieldPath.Member(row, nameof(hours.Closes)), hours.Closes);
    }
}
