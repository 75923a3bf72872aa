namespace OcopCatalogue.Core.Certification;

/// <summary>
/// The calendar day in Vietnam (UTC+7, no daylight saving), whatever the server's own time zone:
/// a certificate expires at midnight in Vietnam, not at midnight where the server happens to run.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);
}
