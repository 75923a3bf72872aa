namespace OcopCatalogue.Web.Statistics;

/// <summary>How a <see cref="BarChart"/> is drawn.</summary>
public enum ChartLayout
{
    /// <summary>One labelled horizontal bar per row: categories, the largest shown when there are many.</summary>
    Rows,

    /// <summary>
    /// A time series: a thin upright column per bar, oldest at the left, every bar drawn, labelled below at the first,
    /// middle and last (the table beside it names every one).
    /// </summary>
    Columns,
}
