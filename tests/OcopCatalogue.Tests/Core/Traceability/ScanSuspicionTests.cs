using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class ScanSuspicionTests
{
    [Test]
    public void Scans_within_the_produced_quantity_are_not_suspicious() =>
        Assert.That(ScanSuspicion.Judge(300, 300, 1).IsSuspicious, Is.False);

    [Test]
    public void More_scans_than_items_produced_is_suspicious()
    {
        var judged = ScanSuspicion.Judge(300, 301, 1);

        Assert.That(judged.IsSuspicious, Is.True);
        Assert.That(judged.ScansExceedQuantity, Is.True);
    }

    [Test]
    public void Unpublished_quantity_never_makes_the_count_suspicious() =>
        Assert.That(ScanSuspicion.Judge(null, 1_000_000, 0).IsSuspicious, Is.False);

    [TestCase(5, false)]
    [TestCase(6, true)]
    public void A_serial_is_suspicious_only_beyond_the_default_five_networks(int networks, bool suspicious) =>
        Assert.That(ScanSuspicion.Judge(1000, 10, networks).SerialOnTooManyNetworks, Is.EqualTo(suspicious));

    [Test]
    public void The_network_limit_can_be_lowered() =>
        Assert.That(ScanSuspicion.Judge(1000, 10, 3, networkLimit: 2).IsSuspicious, Is.True);
}
