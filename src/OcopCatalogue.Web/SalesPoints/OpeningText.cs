using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>"Open now · closes at 17:00" and its kin, in Vietnam time, from resources.</summary>
public static class OpeningText
{
    // Beyond a week the weekday alone would be ambiguous (Tết), so the date is added.
    private const int DaysNamedByWeekdayOnly = 6;

    /// <summary>The status sentence; null when no schedule is published (the page then says "not published").</summary>
    public static string? Describe(OpeningSchedule schedule, DateTimeOffset now, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(text);
        if (schedule.IsEmpty)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, VietnamTime.Zone).DateTime);
        var status = schedule.StatusAt(now);
        if (status.IsOpen && status.ClosesAt is { } closes)
        {
            var day = DateOnly.FromDateTime(closes.DateTime);
            return day == today
                ? text["Hours.OpenClosesToday", Time(closes)].Value
                : text["Hours.OpenClosesOn", Time(closes), DayName(day, today, text)].Value;
        }

        if (status.OpensAt is { } opens)
        {
            var day = DateOnly.FromDateTime(opens.DateTime);
            return day == today
                ? text["Hours.ClosedOpensToday", Time(opens)].Value
                : text["Hours.ClosedOpensOn", Time(opens), DayName(day, today, text)].Value;
        }

        return text["Hours.ClosedNoOpening"].Value;
    }

    public static string Time(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Weekday(DayOfWeek day, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Weekday.{day}"].Value;
    }

    private static string DayName(DateOnly day, DateOnly today, IStringLocalizer text)
    {
        var weekday = Weekday(day.DayOfWeek, text);
        return day.DayNumber - today.DayNumber > DaysNamedByWeekdayOnly
            ? text["Hours.DayWithDate", weekday, SiteFormat.Date(day)].Value
            : weekday;
    }
}
