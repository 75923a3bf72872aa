using System.Globalization;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// Reading the edit forms' fields, which are kept as the strings people typed: each reader adds a problem (a key of
/// the back office's resources) when the text does not say what the field needs, and gives the value otherwise.
/// </summary>
public static class FormText
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Dates as a date input sends them, or as people write them in Vietnam (day first).</summary>
    private static readonly string[] DateFormats = [DateFormat, "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H'h'mm", "H'h'", "H:mm:ss"];

    /// <summary>Trimmed, or null for nothing but spaces.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static void Required(List<FormProblem> problems, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, FieldMessage.Required));
        }
    }

    public static void Length(List<FormProblem> problems, string field, string? value, int max)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not null && value.Trim().Length > max)
        {
            problems.Add(new(field, "Editorial.Form.TooLong", max));
        }
    }

    /// <summary>
    /// Rich text from the editor as the store keeps it (converted and sanitised); a story the store would not take
    /// (<see cref="RichTextLimits"/>) stays exactly as typed, for <see cref="RichText(List{FormProblem}, string, string?)"/>
    /// to name beside its field and for the writer to correct.
    /// </summary>
    public static string? StoredRichText(string? editorHtml) =>
        RichTextLimits.Measure(editorHtml) == RichTextShape.Fits ? Blank(EditorHtml.ToStored(editorHtml)) : editorHtml;

    /// <summary>A problem when the story is longer or nested deeper than the store takes.</summary>
    public static void RichText(List<FormProblem> problems, string field, string? html)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (RichTextLimits.ProblemKey(html) is { } key)
        {
            problems.Add(new(field, key, RichTextLimits.MaxLength, RichTextLimits.MaxDepth));
        }
    }

    public static DateOnly? Date(List<FormProblem> problems, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(field, "Editing.Form.Date"));
        return null;
    }

    /// <summary>A time of day, written as "HH:mm" (a time input), "7:30" or "7h30"; null and a problem otherwise.</summary>
    public static TimeOnly? Time(List<FormProblem> problems, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        problems.Add(new(field, string.IsNullOrWhiteSpace(text) ? FieldMessage.Required : FieldMessage.Time));
        return null;
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// "date" for an empty value or one a date input can hold (yyyy-MM-dd), else "text": a value typed some other
    /// way (25/04/2025, a mistake) is then shown as typed instead of being blanked by the browser.
    /// </summary>
    public static string DateInputType(string? value) =>
        string.IsNullOrEmpty(value) || DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? "date" : "text";

    /// <summary>"time" for an empty value or one a time input can hold (HH:mm), else "text" (see <see cref="DateInputType"/>).</summary>
    public static string TimeInputType(string? value) =>
        string.IsNullOrEmpty(value) || TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? "time" : "text";

    public static string Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    /// <summary>A whole number from <paramref name="min"/> up, spaces and thousands separators allowed ("1.200").</summary>
    public static int? WholeNumber(List<FormProblem> problems, string field, string? text, int min)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min)
        {
            return number;
        }

        problems.Add(new(field, "Editing.Form.WholeNumber", min));
        return null;
    }

    /// <summary>Decimal degrees with a point or a comma (Vietnamese writes 10,38); null and a problem (<paramref name="key"/>
    /// with <paramref name="limit"/>) for anything else. Whether it is within ±<paramref name="limit"/> is the type's rule.</summary>
    public static double? Coordinate(List<FormProblem> problems, string field, string? text, string key, double limit)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problems.Add(new(field, key, limit));
            return null;
        }

        return value;
    }

    /// <summary>The name of a member of <typeparamref name="TEnum"/> (never a number); null and a "choose one" problem
    /// (or <paramref name="key"/>) otherwise.</summary>
    public static TEnum? Choice<TEnum>(List<FormProblem> problems, string field, string? text, string key = FieldMessage.Choose)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (Enum.TryParse<TEnum>(text, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        problems.Add(new(field, key));
        return null;
    }

    /// <summary>
    /// The findings of the type's rules (Core) on the file the form would store, each beside the form's field
    /// <paramref name="fieldOf"/> names (the file's field by default); a field whose text did not read already has its
    /// problem, so a finding about the value it became is left out.
    /// </summary>
    public static void Findings(List<FormProblem> problems, IEnumerable<FieldProblem> findings, Func<string, string>? fieldOf = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(findings);
        var unread = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var field = fieldOf is null ? finding.Field : fieldOf(finding.Field);
            if (!unread.Contains(field))
            {
                problems.Add(new(field, finding.MessageKey, finding.Arguments));
            }
        }
    }

    /// <summary>
    /// A finding's field in a row of the file ("Events[1].On") as the form names that row ("Events[2].On"): the form
    /// leaves blank rows out of the file, so the file's row k came from the form's row <paramref name="rows"/>[k].
    /// Other fields are returned as they are.
    /// </summary>
    public static string Row(string field, string fileList, IReadOnlyList<int> rows, string formList)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(rows);
        var prefix = fileList + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return field;
        }

        var end = field.IndexOf(']', prefix.Length);
        var index = int.Parse(field.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
        return FieldPath.Row(formList, rows[index]) + field[(end + 1)..];
    }

    /// <summary>The rows that are not blank, each with its place in the form.</summary>
    public static List<(T Row, int Index)> Filled<T>(IEnumerable<T> rows, Func<T, bool> isBlank) =>
        [.. rows.Select((row, index) => (row, index)).Where(r => !isBlank(r.row))];
}
