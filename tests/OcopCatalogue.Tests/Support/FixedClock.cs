namespace OcopCatalogue.Tests.Support;

/// <summary>A clock stopped at one instant, for tests about dates (validity, "today" in Vietnam).</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    /// <summary>A clock at noon, Vietnam time, on the given day.</summary>
    public static FixedClock OnVietnamDay(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));

    public override DateTimeOffset GetUtcNow() => utcNow.ToUniversalTime();
}
