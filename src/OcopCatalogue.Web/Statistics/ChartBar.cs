namespace OcopCatalogue.Web.Statistics;

/// <summary>One bar of a <see cref="BarChart"/>: its label, its number and where the number leads (null for no link).</summary>
public sealed record ChartBar(string Label, int Value, string? Href)
{
    /// <summary>A shorter label for under a column (a day as "03/12"); the label when null.</summary>
    public string? ShortLabel { get; init; }
}
