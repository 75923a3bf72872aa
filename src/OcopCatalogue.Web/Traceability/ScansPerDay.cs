using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Scans per day, Vietnam time, over the last <see cref="Days"/> days (today included), for the back office's charts:
/// of every batch, of some producers' batches or of one product's. There is no table of daily tallies (the tallies of
/// <see cref="ScanTallies"/> live in memory, per batch, for the cautions), so the log is counted, in one query that
/// reads each record of the window once: a count of the records before each day's start, in SQL, whose differences
/// are the days. It needs no date functions, which SQLite and PostgreSQL spell differently, and the log's times are
/// compared as every other query compares them.
/// </summary>
public sealed class ScansPerDay(OcopDbContext db, ScanRecorder recorder, TimeProvider clock)
{
    public const int Days = 90;

    /// <summary>
    /// The last <see cref="Days"/> days, oldest first, each with its scans (days without any give 0). Only
    /// <paramref name="productId"/>'s batches when given; else only <paramref name="producers"/>' batches when given
    /// (a producer-limited writer); else every batch.
    /// </summary>
    public async Task<IReadOnlyList<ScanDay>> LastDaysAsync(IReadOnlyCollection<Guid>? producers, Guid? productId, CancellationToken cancellationToken)
    {
        // Views are written a moment after they are counted: staff see every scan counted so far.
        await recorder.FlushAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var first = today.AddDays(1 - Days);
        var starts = new DayStarts([.. Enumerable.Range(0, Days + 1).Select(i => StartOf(first.AddDays(i)))]);
        var from = starts.At[0];
        var to = starts.At[Days];

        var scans = db.Set<ScanRecord>().AsNoTracking().Where(r => r.ScannedAt >= from && r.ScannedAt < to);
        if (productId is { } product)
        {
            var batches = db.TraceBatches.Where(b => b.ProductId == product).Select(b => b.Id);
            scans = scans.Where(r => batches.Contains(r.BatchId));
        }
        else if (producers is not null)
        {
            var allowed = producers.ToList();
            var batches = db.TraceBatches
                .Where(b => db.Products.Any(p => p.Id == b.ProductId && p.ProducerId != null && allowed.Contains(p.ProducerId.Value)))
                .Select(b => b.Id);
            scans = scans.Where(r => batches.Contains(r.BatchId));
        }

        // One group of the whole window: a table without a record in it gives no group, and every day 0.
        var before = await scans.GroupBy(r => 1).Select(CountsBefore(starts)).FirstOrDefaultAsync(cancellationToken)
            ?? new int[Days + 1];
        return [.. Enumerable.Range(0, Days).Select(i => new ScanDay(first.AddDays(i), before[i + 1] - before[i]))];
    }

    /// <summary>The moment a Vietnam day starts, in UTC as the log keeps it.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamTime.Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();

    /// <summary>
    /// <c>g => new[] { 0, g.Count(r => r.ScannedAt &lt; starts.At[1]), …, g.Count() }</c>: written out as an expression,
    /// ninety lambdas by hand being no clearer. Each start is read from <paramref name="starts"/>, so it is sent as a
    /// parameter and the query's shape, and its plan, stay the same from day to day.
    /// </summary>
    private static Expression<Func<IGrouping<int, ScanRecord>, int[]>> CountsBefore(DayStarts starts)
    {
        var group = Expression.Parameter(typeof(IGrouping<int, ScanRecord>), "g");
        var record = Expression.Parameter(typeof(ScanRecord), "r");
        var at = Expression.Field(Expression.Constant(starts), nameof(DayStarts.At));
        var counts = new List<Expression> { Expression.Constant(0) };
        for (var day = 1; day < Days; day++)
        {
            var beforeStart = Expression.Lambda<Func<ScanRecord, bool>>(
                Expression.LessThan(Expression.Property(record, nameof(ScanRecord.ScannedAt)), Expression.ArrayIndex(at, Expression.Constant(day))),
                record);
            counts.Add(Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(ScanRecord)], group, beforeStart));
        }

        counts.Add(Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(ScanRecord)], group));
        return Expression.Lambda<Func<IGrouping<int, ScanRecord>, int[]>>(Expression.NewArrayInit(typeof(int), counts), group);
    }

    /// <summary>Holds the days' starts for the query, as a closure would.</summary>
    private sealed class DayStarts(DateTimeOffset[] at)
    {
#pragma warning disable CA1051 // A field, not a property: the query reads it as it reads a captured variable.
        public readonly DateTimeOffset[] At = at;
#pragma warning restore CA1051
    }
}
