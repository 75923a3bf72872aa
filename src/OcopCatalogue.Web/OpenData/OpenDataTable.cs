namespace OcopCatalogue.Web.OpenData;

/// <summary>
/// One list ready to write in any format: its columns (the field dictionary's keys, in order) and its rows as values in
/// that order (strings, numbers, or null for what is not published).
/// </summary>
public sealed record OpenDataTable(IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows);
