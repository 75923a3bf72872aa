using Microsoft.Extensions.Time.Testing;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// The tests' one clock: it stands still until a test moves it. <see cref="FakeTimeProvider.Advance"/> also runs
/// the site's timers that fall due (the daily scan-log clean-up, the schedules' minute tick), as time passing would;
/// <see cref="FakeTimeProvider.AdjustTime"/> moves the hands without them. Timers never fire on their own.
/// </summary>
public sealed class FakeClock : FakeTimeProvider
{
    /// <remarks>
    /// In UTC, as <see cref="TimeProvider.System"/> answers: <see cref="FakeTimeProvider"/> hands back the offset it
    /// was given, and a "+07:00" now would be stored and compared as written.
    /// </remarks>
    public FakeClock(DateTimeOffset now)
        : base(now.ToUniversalTime())
    {
    }

    /// <summary>A clock at noon, Vietnam time, on the given day.</summary>
    public static FakeClock OnVietnamDay(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));
}
