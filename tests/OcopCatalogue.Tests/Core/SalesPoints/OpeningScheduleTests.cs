using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Tests.Core.SalesPoints;

public sealed class OpeningScheduleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset InVietnam(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Vietnam);

    private static TimeOnly At(int hour, int minute = 0) => new(hour, minute);

    /// <summary>Monday to Saturday 07:30–17:00, closed on Sunday.</summary>
    private static OpeningSchedule Weekdays() => new()
    {
        Weekly = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }
            .Select(d => new WeeklyOpening(d, At(7, 30), At(17)))],
    };

    [Test]
    public void Open_during_the_day_closes_at_the_end_of_the_interval()
    {
        // 2025-06-16 is a Monday.
        var status = Weekdays().StatusAt(InVietnam(2025, 6, 16, 10));

        Assert.That(status, Is.EqualTo(new OpeningStatus(true, InVietnam(2025, 6, 16, 17), null)));
    }

    [Test]
    public void Next_opening_skips_a_closed_day()
    {
        // Saturday evening: Sunday is closed, so the next opening is Monday morning.
        var status = Weekdays().StatusAt(InVietnam(2025, 6, 14, 18));

        Assert.That(status, Is.EqualTo(new OpeningStatus(false, null, InVietnam(2025, 6, 16, 7, 30))));
    }

    [Test]
    public void Overnight_hours_run_into_the_next_morning()
    {
        var schedule = new OpeningSchedule { Weekly = [new WeeklyOpening(DayOfWeek.Friday, At(18), At(2))] };

        Assert.Multiple(() =>
        {
            // 2025-06-20 is a Friday.
            Assert.That(schedule.StatusAt(InVietnam(2025, 6, 21, 1, 30)), Is.EqualTo(new OpeningStatus(true, InVietnam(2025, 6, 21, 2), null)));
            Assert.That(schedule.IsOpenAt(InVietnam(2025, 6, 20, 17, 59)), Is.False);
            Assert.That(schedule.IsOpenAt(InVietnam(2025, 6, 20, 23)), Is.True);
            Assert.That(schedule.StatusAt(InVietnam(2025, 6, 21, 2)), Is.EqualTo(new OpeningStatus(false, null, InVietnam(2025, 6, 27, 18))));
        });
    }

    [Test]
    public void Stretches_that_meet_at_midnight_close_at_the_end_of_the_second()
    {
        var schedule = new OpeningSchedule
        {
            Weekly = [new WeeklyOpening(DayOfWeek.Saturday, At(18), At(0)), new WeeklyOpening(DayOfWeek.Sunday, At(0), At(2))],
        };

        Assert.That(schedule.StatusAt(InVietnam(2025, 6, 14, 23)).ClosesAt, Is.EqualTo(InVietnam(2025, 6, 15, 2)));
    }

    [Test]
    public void A_closure_for_Tet_overrides_the_weekly_hours_and_the_next_opening_follows_it()
    {
        var schedule = Weekdays() with
        {
            Exceptions = [new DatedHours { From = new DateOnly(2026, 2, 15), To = new DateOnly(2026, 2, 20), Note = "Nghỉ Tết" }],
        };

        Assert.Multiple(() =>
        {
            Assert.That(schedule.StatusAt(InVietnam(2026, 2, 17, 10)), Is.EqualTo(new OpeningStatus(false, null, InVietnam(2026, 2, 21, 7, 30))));
            Assert.That(schedule.IsOpenAt(InVietnam(2026, 2, 14, 10)), Is.True, "the day before the closure");
        });
    }

    [Test]
    public void Special_hours_on_a_date_replace_that_day_only()
    {
        var schedule = Weekdays() with
        {
            Exceptions = [new DatedHours { From = new DateOnly(2025, 6, 18), To = new DateOnly(2025, 6, 18), Hours = [new OpeningInterval(At(8), At(11))] }],
        };

        Assert.Multiple(() =>
        {
            Assert.That(schedule.StatusAt(InVietnam(2025, 6, 18, 9)).ClosesAt, Is.EqualTo(InVietnam(2025, 6, 18, 11)));
            Assert.That(schedule.StatusAt(InVietnam(2025, 6, 18, 7, 45)).OpensAt, Is.EqualTo(InVietnam(2025, 6, 18, 8)));
            Assert.That(schedule.IsOpenAt(InVietnam(2025, 6, 18, 15)), Is.False);
            Assert.That(schedule.IsOpenAt(InVietnam(2025, 6, 19, 15)), Is.True);
        });
    }

    [Test]
    public void The_day_is_Vietnams_even_when_the_instant_is_given_in_UTC()
    {
        // Sunday 23:00 UTC is Monday 06:00 in Vietnam: closed on a UTC reading of Sunday, but it is Monday there.
        var sundayEveningUtc = new DateTimeOffset(2025, 6, 15, 23, 0, 0, TimeSpan.Zero);
        var mondayOpeningUtc = new DateTimeOffset(2025, 6, 16, 0, 30, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(Weekdays().StatusAt(sundayEveningUtc), Is.EqualTo(new OpeningStatus(false, null, InVietnam(2025, 6, 16, 7, 30))));
            Assert.That(Weekdays().IsOpenAt(mondayOpeningUtc), Is.True);
            Assert.That(Weekdays().StatusAt(mondayOpeningUtc).ClosesAt!.Value.Offset, Is.EqualTo(Vietnam));
        });
    }

    [Test]
    public void A_schedule_with_nothing_published_is_empty_and_never_open()
    {
        var schedule = new OpeningSchedule();

        Assert.Multiple(() =>
        {
            Assert.That(schedule.IsEmpty, Is.True);
            Assert.That(Weekdays().IsEmpty, Is.False);
            Assert.That(schedule.StatusAt(InVietnam(2025, 6, 16, 10)), Is.EqualTo(new OpeningStatus(false, null, null)));
        });
    }

    [Test]
    public void Equal_opening_and_closing_times_mean_open_all_day()
    {
        var schedule = new OpeningSchedule { Weekly = [new WeeklyOpening(DayOfWeek.Monday, At(0), At(0))] };

        Assert.Multiple(() =>
        {
            Assert.That(schedule.IsOpenAt(InVietnam(2025, 6, 16, 23, 59)), Is.True);
            Assert.That(schedule.IsOpenAt(InVietnam(2025, 6, 17, 0)), Is.False);
        });
    }
}
