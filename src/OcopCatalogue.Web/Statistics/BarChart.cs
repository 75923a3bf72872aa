using System.Globalization;

namespace OcopCatalogue.Web.Statistics;

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG by <c>/Statistics/_BarChart.cshtml</c>, with the same
/// numbers in a table beside it: the public statistics and the back office's overview both draw theirs with it.
/// Each bar's label sits on its own line above the bar, so long place names stay readable when the chart shrinks to
/// a phone's width (the SVG scales with its viewBox; it needs no script and no style sheet of its own).
/// </summary>
public sealed record BarChart
{
    public const int Width = 400;
    public const int RowHeight = 42;
    private const int BarTop = 20;
    public const int BarHeight = 14;
    /// <summary>Room right of the longest bar for its number.</summary>
    private const int ValueRoom = 56;

    /// <summary>Unique on the page: the SVG's title and the table's caption are named after it.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string LabelHeading { get; init; }
    public required string ValueHeading { get; init; }
    public required IReadOnlyList<ChartBar> Bars { get; init; }
    /// <summary>Bars beyond this many are in the table only (the table says the chart shows the largest).</summary>
    public int MostBars { get; init; } = 15;
    /// <summary>A last row of the table only (a total), not drawn.</summary>
    public ChartBar? Total { get; init; }
    /// <summary>A note under the chart, such as what "not published" means.</summary>
    public string? Note { get; init; }

    /// <summary>The bars drawn: all of them, or the largest <see cref="MostBars"/> in their given order.</summary>
    public IReadOnlyList<ChartBar> Drawn =>
        Bars.Count <= MostBars
            ? Bars
            : Bars.Select((bar, index) => (bar, index)).OrderByDescending(b => b.bar.Value).ThenBy(b => b.index).Take(MostBars)
                .OrderBy(b => b.index).Select(b => b.bar).ToList();

    public bool IsTrimmed => Bars.Count > MostBars;

    public int Height => Math.Max(1, Drawn.Count) * RowHeight;

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    public string TitleId => Id + "-title";

    public static double LabelY(int row) => row * RowHeight + 14;

    public static double BarY(int row) => row * RowHeight + BarTop;

    /// <summary>The length of a bar: the largest fills the width less room for its number; a bar of 1 or more is never invisible.</summary>
    public double BarLength(int value)
    {
        var largest = Drawn.Count == 0 ? 0 : Drawn.Max(b => b.Value);
        if (value <= 0 || largest <= 0)
        {
            return 0;
        }

        return Math.Max(2, Math.Round((Width - ValueRoom) * (double)value / largest, 1));
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
