using System.Text.Json;
using System.Text.RegularExpressions;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// How the import words a content type's findings: the rules themselves live with each type in Core
/// (<see cref="FieldProblem"/>s); here they become a property of the file (its camelCase path, so the import can
/// point at its line) and an English message. Also the file's own envelope: its key and its publication state.
/// </summary>
internal static partial class USyncChecks
{
    public static IEnumerable<(string, string)> Key(Guid key)
    {
        if (key == Guid.Empty)
        {
            yield return ("key", "key is missing: every file needs a stable GUID key.");
        }
    }

    public static IEnumerable<(string, string)> State(PublicationState state)
    {
        var problems = new List<FieldProblem>();
        FieldChecks.Defined(problems, "state", state);
        return problems.Select(p => (p.Field, Describe(p, p.Field)));
    }

    /// <summary>The file's path to a field, in camelCase: "Address.Province" is "address.province", "Events[2].On" "events[2].on".</summary>
    public static string Property(string field) =>
        string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>The path of the list a row's field is in ("OnlineShops[1].Url" is "onlineShops"); other fields as <see cref="Property"/>.</summary>
    public static string ListOf(string field) => Property(field.Split('[')[0]);

    /// <summary>The path with no row numbers ("Certifications[1].Scheme" is "certifications.scheme").</summary>
    public static string WithoutRows(string field) => Property(RowNumber().Replace(field, ""));

    /// <summary>The English of the findings every type shares.</summary>
    /// <exception cref="InvalidOperationException">A message key no wording is known for.</exception>
    public static string Describe(FieldProblem problem, string property)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return problem.MessageKey switch
        {
            FieldMessage.Required => $"{property} is missing.",
            FieldMessage.TooLong => $"{property} is {a[1]} characters long; at most {a[0]} fit.",
            FieldMessage.SlugMalformed => a[0] is ""
                ? $"{property} '{a[1]}' is not well-formed: use a–z, 0–9 and single hyphens."
                : $"{property} '{a[1]}' is not well-formed: use a–z, 0–9 and single hyphens, for example '{a[0]}'.",
            FieldMessage.Choose => $"{property} is missing; one of {a[1]}.",
            FieldMessage.WebAddress => $"{property} '{a[0]}' is not an http or https address.",
            FieldMessage.Time => $"time '{a[0]}' is not written as HH:mm (for example 07:30 or 18:00).",
            AdministrativeUnits.CommuneWithoutProvince => $"{property} is missing: a current commune or ward needs its current province.",
            _ => throw new InvalidOperationException($"No uSync wording for '{problem.MessageKey}' at {property}."),
        };
    }

    /// <summary>The English of a place's coordinate findings, worded with <paramref name="messages"/>; null for others.</summary>
    public static string? Coordinates(CoordinateMessages messages, FieldProblem problem, string property)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return problem.MessageKey == messages.Together ? "latitude and longitude go together: give both or neither."
            : problem.MessageKey == messages.OutOfRange ? $"{property} {a[1]} is outside -{a[0]}–{a[0]}."
            : null;
    }

    /// <summary>The English of the findings of a list of photos (<paramref name="list"/>, "images"), each "a photo"
    /// or "an image"; null for other findings.</summary>
    public static string? Photos(PhotoMessages messages, string list, string article, string noun, FieldProblem problem, string property)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(problem);
        if (property != list)
        {
            return null;
        }

        return problem.MessageKey == messages.Missing ? $"{article} {noun} has neither a path nor a media key."
            : problem.MessageKey == messages.AltMissing ? $"{noun} '{problem.Arguments[0]}' has no alt text; every photo needs one for screen readers."
            : problem.MessageKey == messages.MediaUnknown ? $"{article} {noun}'s media key is the empty GUID."
            : null;
    }

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();
}
