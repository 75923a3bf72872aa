using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class BatchScanTallyTests
{
    [Test]
    public void The_scan_that_goes_beyond_the_quantity_produced_is_the_first_to_caution()
    {
        var tally = new BatchScanTally(recordedScans: 498, mostNetworksForOneSerial: 0);

        var within = new[] { tally.Add(null, "n1", 500), tally.Add(null, "n2", 500) };
        var beyond = tally.Add(null, "n3", 500);

        Assert.That(within.Select(s => s.IsSuspicious), Is.All.False);
        Assert.That(beyond, Is.EqualTo(new ScanSuspicion(true, false)));
        Assert.That(tally.Scans, Is.EqualTo(501));
    }

    [Test]
    public void A_serial_cautions_on_its_sixth_network_counting_the_recorded_ones()
    {
        var tally = new BatchScanTally(10, 3);
        tally.LearnSerial("S1", ["a", "b", "c"]);

        var fourth = tally.Add("S1", "d", 1000);
        var sameAgain = tally.Add("S1", "d", 1000);
        var fifth = tally.Add("S1", "e", 1000);
        var sixth = tally.Add("S1", "f", 1000);

        Assert.That(new[] { fourth, sameAgain, fifth }.Select(s => s.IsSuspicious), Is.All.False);
        Assert.That(sixth, Is.EqualTo(new ScanSuspicion(false, true)));
    }

    [Test]
    public void Networks_of_different_serials_do_not_add_up()
    {
        var tally = new BatchScanTally(0, 0);
        for (var i = 0; i < 10; i++)
        {
            tally.LearnSerial($"S{i}", []);
            tally.Add($"S{i}", $"net{i}", null);
        }

        Assert.That(tally.Judge(null).IsSuspicious, Is.False);
    }

    [Test]
    public void A_serial_already_seen_on_too_many_networks_stays_suspicious()
    {
        var tally = new BatchScanTally(100, mostNetworksForOneSerial: 7);

        Assert.That(tally.Judge(1000).SerialOnTooManyNetworks, Is.True);
    }

    [Test]
    public void Learning_a_serial_again_keeps_what_was_added_since()
    {
        var tally = new BatchScanTally(0, 0);
        tally.LearnSerial("S1", ["a", "b", "c", "d", "e"]);
        tally.Add("S1", "f", null);

        tally.LearnSerial("S1", ["a"]);

        Assert.That(tally.Judge(null).SerialOnTooManyNetworks, Is.True);
    }

    [Test]
    public void A_serial_must_be_learnt_before_its_scans_are_added()
    {
        var tally = new BatchScanTally(0, 0);

        Assert.That(tally.KnowsSerial("S1"), Is.False);
        Assert.That(() => tally.Add("S1", "a", null), Throws.InvalidOperationException);
    }

    [Test]
    public void Scans_of_an_unpublished_quantity_never_caution_by_count()
    {
        var tally = new BatchScanTally(1_000_000, 0);

        Assert.That(tally.Add(null, "a", null).IsSuspicious, Is.False);
    }

    [Test]
    public void Counting_from_many_threads_loses_no_scan()
    {
        var tally = new BatchScanTally(0, 0);

        Parallel.For(0, 10_000, i => tally.Add(null, $"n{i % 7}", null));

        Assert.That(tally.Scans, Is.EqualTo(10_000));
    }

    [Test]
    public void Negative_recorded_figures_are_refused()
    {
        Assert.That(() => new BatchScanTally(-1, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new BatchScanTally(0, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
