namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>One data row of a province list, cells as written (trimmed; null when empty or the column is absent).</summary>
public sealed record ProvinceListRow
{
    /// <summary>The row's number in the file, counting the header as 1, as a spreadsheet shows it.</summary>
    public required int Line { get; init; }
    public string? Product { get; init; }
    public string? Producer { get; init; }
    public string? Address { get; init; }
    public string? Score { get; init; }
    public string? Stars { get; init; }
    public string? DecisionNumber { get; init; }
    public string? DecisionDate { get; init; }
    public string? Group { get; init; }
}
