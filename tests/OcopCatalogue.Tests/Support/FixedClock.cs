namespace OcopCatalogue.Tests.Support;

/// <summary>A clock stopped at one moment, so certificate statuses in a test do not change with the calendar.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon in Vietnam on the given day, far from any midnight in either time zone.</summary>
    public static FixedClock AtVietnamNoon(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
