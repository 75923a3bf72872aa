using System.Globalization;

namespace OcopCatalogue.Core.Fields;

/// <summary>
/// The checks content types share, each adding a <see cref="FieldProblem"/> to the list it is given. Values are
/// measured as given: a form hands over what it would store (trimmed), a file what it holds.
/// </summary>
public static class FieldChecks
{
    public static void Required(List<FieldProblem> problems, string field, string? value, string key = FieldMessage.Required, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, key, arguments));
        }
    }

    public static void MaxLength(List<FieldProblem> problems, string field, string? value, int max)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not null && value.Length > max)
        {
            problems.Add(new(field, FieldMessage.TooLong, max, value.Length));
        }
    }

    /// <summary>A member of <typeparamref name="TEnum"/> (a file read a missing one as its zero, which none is).</summary>
    public static void Defined<TEnum>(List<FieldProblem> problems, string field, TEnum value, string key = FieldMessage.Choose)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!Enum.IsDefined(value))
        {
            problems.Add(new(field, key, value, string.Join(", ", Enum.GetNames<TEnum>())));
        }
    }

    /// <summary>The slug a public address takes (<see cref="Text.Slug.IsWellFormed"/>), with one made from the slug, or
    /// from <paramref name="name"/> when the slug is empty, as a suggestion.</summary>
    public static void Slug(List<FieldProblem> problems, string field, string? slug, string? name)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!Text.Slug.IsWellFormed(slug))
        {
            problems.Add(new(field, FieldMessage.SlugMalformed, Text.Slug.From(string.IsNullOrWhiteSpace(slug) ? name : slug), slug ?? ""));
        }
    }

    public static void WebAddress(List<FieldProblem> problems, string field, string? value, string key = FieldMessage.WebAddress)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not null && !IsWebAddress(value))
        {
            problems.Add(new(field, key, value));
        }
    }

    /// <summary>An absolute http or https address.</summary>
    public static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A time of day as files and forms store it: "HH:mm".</summary>
    public static void Time(List<FieldProblem> problems, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add(new(field, FieldMessage.Time, text ?? ""));
        }
    }
}
