namespace OcopCatalogue.Tests.Support;

/// <summary>A clock that stands still until a test moves it, for schedules.</summary>
public sealed class MovableClock(DateTimeOffset utcNow) : TimeProvider
{
    private DateTimeOffset _now = utcNow;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;
}
