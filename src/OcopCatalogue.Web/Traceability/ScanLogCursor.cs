using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// How far this node has read the scan log: every record up to <see cref="Last"/> except the gaps. Ids are handed
/// out when a row is inserted, not when its transaction commits, so on PostgreSQL another node's batch can commit
/// after a later id was already read; the ids skipped below the highest one read are kept as gaps and read again
/// until they appear or <see cref="GapPatience"/> passes (an insert that was rolled back never fills its ids).
/// </summary>
internal sealed class ScanLogCursor
{
    /// <summary>Longer than any scan writer's transaction takes; a gap older than this was an insert that failed.</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromMinutes(1);

    /// <summary>At most this many ids are waited for (four writers' full batches); the oldest are given up first.</summary>
    public const int MaxGaps = 20_000;

    private readonly SortedDictionary<long, DateTimeOffset> _gaps = [];

    /// <summary>The highest id read; null before the first read, which starts at the end of the log.</summary>
    public long? Last { get; private set; }

    public int GapCount => _gaps.Count;

    /// <summary>Records the cursor has not read yet.</summary>
    public Expression<Func<ScanRecord, bool>> Unread()
    {
        var last = Last ?? long.MaxValue;
        var gaps = _gaps.Keys.ToList();
        // One parameter for the whole list (a JSON array on SQLite, an array on PostgreSQL): one SQL text however many.
        return r => r.Id > last || EF.Parameter(gaps).Contains(r.Id);
    }

    /// <summary>Records the cursor has read: what a tally read from the log may count, the rest comes from later reads.</summary>
    public Expression<Func<ScanRecord, bool>> Read()
    {
        var last = Last ?? long.MinValue;
        var gaps = _gaps.Keys.ToList();
        return r => r.Id <= last && !EF.Parameter(gaps).Contains(r.Id);
    }

    /// <summary>The first read: everything already in the log counts as read.</summary>
    public void Start(long highestId) => Last ??= highestId;

    /// <summary>Moves past the ids just read (in ascending order); the ids skipped below the highest become gaps.</summary>
    public void Advance(IReadOnlyList<long> ids, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var last = Last ?? throw new InvalidOperationException("The cursor has not started.");
        foreach (var id in ids)
        {
            if (id <= last)
            {
                _gaps.Remove(id);
                continue;
            }

            // A jump wider than the gaps kept (ids a failed insert used up) is waited for at its top end only.
            for (var missing = Math.Max(last + 1, id - MaxGaps); missing < id; missing++)
            {
                _gaps[missing] = now + GapPatience;
            }

            last = id;
        }

        Last = last;
        foreach (var (id, until) in _gaps.ToList())
        {
            if (until <= now || _gaps.Count > MaxGaps)
            {
                _gaps.Remove(id);
            }
        }
    }
}
