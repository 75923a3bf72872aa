using System.Globalization;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// A button that changes a form's rows without JavaScript: its value names the list, what to do and the row
/// ("events:up:2"), and the page answers with the same form, rows changed, nothing saved. Values that do not parse
/// are no action at all.
/// </summary>
public sealed record RowAction(string List, RowOperation Operation, int Index)
{
    public static RowAction? Parse(string? value)
    {
        var parts = value?.Split(':');
        if (parts is not [var list, var operation, var index]
            || !Enum.TryParse<RowOperation>(operation, ignoreCase: true, out var op) || !Enum.IsDefined(op) || int.TryParse(operation, out _)
            || !int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var at))
        {
            return null;
        }

        return new RowAction(list, op, at);
    }

    /// <summary>The button value for a row of a list.</summary>
    public static string Of(string list, RowOperation operation, int index = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}:{operation.ToString().ToLowerInvariant()}:{index}");

    /// <summary>Carries the action out on <paramref name="rows"/> when it names <paramref name="list"/>; false when it
    /// names another list.</summary>
    public bool ApplyTo<T>(string list, List<T> rows)
        where T : new()
    {
        if (List != list)
        {
            return false;
        }

        ApplyTo(rows);
        return true;
    }

    /// <summary>Carries the action out on <paramref name="rows"/>; an index outside the list changes nothing.</summary>
    public void ApplyTo<T>(List<T> rows)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(rows);
        switch (Operation)
        {
            case RowOperation.Add:
                rows.Insert(Math.Clamp(Index, 0, rows.Count), new T());
                break;
            case RowOperation.Remove when Index >= 0 && Index < rows.Count:
                rows.RemoveAt(Index);
                break;
            case RowOperation.Up when Index > 0 && Index < rows.Count:
                (rows[Index - 1], rows[Index]) = (rows[Index], rows[Index - 1]);
                break;
            case RowOperation.Down when Index >= 0 && Index < rows.Count - 1:
                (rows[Index + 1], rows[Index]) = (rows[Index], rows[Index + 1]);
                break;
        }
    }
}
