using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>
/// When a sales point is open: a weekly schedule plus dated exceptions, read in Vietnam time whatever the
/// server's time zone. An exception replaces the whole day it covers, including the part of a weekly overnight
/// stretch that would have started that day; a stretch started the evening before still runs into it.
/// </summary>
public sealed record OpeningSchedule
{
    // Far enough to reach past a long closure (Tết, renovation) without scanning forever.
    private const int DaysAhead = 366;

    public IReadOnlyList<WeeklyOpening> Weekly { get; init; } = [];
    public IReadOnlyList<DatedHours> Exceptions { get; init; } = [];

    /// <summary>Nothing published: the site says "not published" instead of guessing open or closed.</summary>
    public bool IsEmpty => Weekly.Count == 0 && Exceptions.Count == 0;

    /// <summary>The stretches that start on a day, after exceptions.</summary>
    public IReadOnlyList<OpeningInterval> HoursOn(DateOnly day)
    {
        var exception = Exceptions.LastOrDefault(e => e.Covers(day));
        if (exception is not null)
        {
            return exception.Hours;
        }

        return Weekly.Where(w => w.Day == day.DayOfWeek).OrderBy(w => w.Opens).Select(w => w.Interval).ToList();
    }

    public bool IsOpenAt(DateTimeOffset instant) => StatusAt(instant).IsOpen;

    public OpeningStatus StatusAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, VietnamTime.Zone).DateTime;
        var today = DateOnly.FromDateTime(local);
        var current = Periods(today.AddDays(-1), 2).Where(p => p.Start <= local && local < p.End).Select(p => (DateTime?)p.End).Max();
        if (current is { } end)
        {
            return new OpeningStatus(true, Local(ClosingAfter(end)), null);
        }

        var next = Periods(today, DaysAhead).Where(p => p.Start > local).Select(p => (DateTime?)p.Start).Min();
        return new OpeningStatus(false, null, next is { } start ? Local(start) : null);
    }

    // Stretches that touch (18:00–24:00 then 00:00–02:00) close only at the end of the last one.
    private DateTime ClosingAfter(DateTime end)
    {
        for (var guard = 0; guard < DaysAhead; guard++)
        {
            var day = DateOnly.FromDateTime(end);
            var later = Periods(day.AddDays(-1), 2).Where(p => p.Start <= end && p.End > end).Select(p => (DateTime?)p.End).Max();
            if (later is not { } next)
            {
                return end;
            }

            end = next;
        }

        return end;
    }

    private IEnumerable<(DateTime Start, DateTime End)> Periods(DateOnly first, int days)
    {
        for (var i = 0; i < days; i++)
        {
            var day = first.AddDays(i);
            foreach (var interval in HoursOn(day))
            {
                yield return interval.On(day);
            }
        }
    }

    private static DateTimeOffset Local(DateTime local) => new(local, VietnamTime.Zone.GetUtcOffset(local));
}
