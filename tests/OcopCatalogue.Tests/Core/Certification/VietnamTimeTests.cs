using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Core.Certification;

public sealed class VietnamTimeTests
{
    [Test]
    public void Vietnam_day_starts_at_17_00_UTC_the_evening_before()
    {
        var beforeMidnight = new FakeClock(new DateTimeOffset(2026, 6, 14, 16, 59, 59, TimeSpan.Zero));
        var afterMidnight = new FakeClock(new DateTimeOffset(2026, 6, 14, 17, 0, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(VietnamTime.Today(beforeMidnight), Is.EqualTo(new DateOnly(2026, 6, 14)));
            Assert.That(VietnamTime.Today(afterMidnight), Is.EqualTo(new DateOnly(2026, 6, 15)));
        });
    }
}
