using System.Globalization;

namespace OcopCatalogue.Core.Fields;

/// <summary>How a <see cref="FieldProblem"/> names a field inside an item: "Address.Province", "Events[2].On".</summary>
public static class FieldPath
{
    public static string Member(string parent, string member) => $"{parent}.{member}";

    /// <summary>The row at <paramref name="index"/> of a list, or a member of it when <paramref name="member"/> is given.</summary>
    public static string Row(string list, int index, string? member = null) =>
        member is null
            ? string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]")
            : string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{member}");
}
