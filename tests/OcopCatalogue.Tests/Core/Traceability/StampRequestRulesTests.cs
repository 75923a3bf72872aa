using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class StampRequestRulesTests
{
    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(100_001)]
    public void A_count_outside_one_to_a_hundred_thousand_is_refused(int count)
    {
        Assert.That(StampRequestRules.Problems(count, "In lần đầu", 0, null, null), Does.Contain("Stamps.Error.Count"));
    }

    [TestCase(1)]
    [TestCase(100_000)]
    public void A_count_within_the_limits_with_a_reason_is_accepted(int count)
    {
        Assert.That(StampRequestRules.Problems(count, "In lần đầu", 0, null, null), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void A_request_without_a_reason_is_refused(string? reason)
    {
        Assert.That(StampRequestRules.Problems(10, reason, 0, null, null), Does.Contain("Stamps.Error.ReasonMissing"));
    }

    [Test]
    public void More_stamps_than_the_batch_holds_need_a_stated_reason()
    {
        Assert.That(StampRequestRules.Problems(200, "In lần đầu", 900, 1000, null), Does.Contain("Stamps.Error.OverQuantityReasonMissing"));
        Assert.That(StampRequestRules.Problems(200, "In lần đầu", 900, 1000, "Cuộn tem bị hỏng khi in"), Is.Empty);
        Assert.That(StampRequestRules.Problems(100, "In lần đầu", 900, 1000, null), Is.Empty);
    }

    [Test]
    public void The_default_layout_prints_on_a4()
    {
        Assert.That(StampLayout.Default.Problems(), Is.Empty);
        Assert.That(StampLayout.Default.StampsPerSheet, Is.GreaterThan(0));
    }

    [TestCase(40, 45, 5, 10, "Stamps.Layout.Error.TooWide")]
    [TestCase(32, 45, 5, 2, "Stamps.Layout.Error.Margin")]
    [TestCase(20, 45, 5, 10, "Stamps.Layout.Error.Width")]
    [TestCase(32, 200, 5, 10, "Stamps.Layout.Error.Height")]
    [TestCase(32, 45, 0, 10, "Stamps.Layout.Error.Columns")]
    [TestCase(25, 35, 5, 10, "Stamps.Layout.Error.QrTooSmall")]
    public void A_layout_outside_the_printable_limits_is_refused(int width, int height, int columns, int margin, string problem)
    {
        Assert.That(new StampLayout(width, height, columns, margin).Problems(), Does.Contain(problem));
    }
}
