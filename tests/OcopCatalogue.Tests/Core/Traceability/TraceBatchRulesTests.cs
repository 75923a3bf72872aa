using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Traceability;
using static OcopCatalogue.Tests.Core.Catalogue.ProducerRulesTests;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class TraceBatchRulesTests
{
    private static readonly BatchFile Complete = new()
    {
        Key = Guid.NewGuid(),
        Product = Guid.NewGuid(),
        LotCode = "L2024-07",
        ProductionDate = new(2024, 7, 1),
        ExpiryDate = new(2025, 7, 1),
        QuantityProduced = 1200,
        Certifications = [new BatchCertificationFile { Scheme = "VietGAP", ValidFrom = new(2024, 1, 1), ValidUntil = new(2026, 1, 1) }],
        LabTests = [new LabTestFile { What = "Dư lượng thuốc bảo vệ thực vật" }],
        Events = [new TraceEventFile { Step = TraceStep.Harvesting, On = new(2024, 6, 20) }, new TraceEventFile { Step = TraceStep.Packing, On = new(2024, 7, 1) }],
    };

    [Test]
    public void A_complete_batch_passes() =>
        Assert.That(TraceBatchRules.Check(Complete), Is.Empty);

    [Test]
    public void Batch_without_a_product_is_refused() =>
        Assert.That(Fields(TraceBatchRules.Check(Complete with { Product = Guid.Empty })), Is.EqualTo(new[] { ("Product", FieldMessage.Choose) }));

    [TestCase("", FieldMessage.Required)]
    [TestCase("123456789012345678901", TraceBatchRules.LotTooLong)]
    [TestCase("LÔ 01", TraceBatchRules.LotSpace)]
    [TestCase("L#01", TraceBatchRules.LotCharacter)]
    public void Lot_code_outside_GS1_rules_is_refused(string lot, string key)
    {
        var problem = TraceBatchRules.Check(Complete with { LotCode = lot }).Single();
        Assert.That((problem.Field, problem.MessageKey, problem.Arguments[^1]), Is.EqualTo(("LotCode", key, (object)lot)));
    }

    [Test]
    public void Lot_code_of_20_characters_passes() =>
        Assert.That(TraceBatchRules.Check(Complete with { LotCode = new string('A', 20) }), Is.Empty);

    [Test]
    public void Expiry_before_production_is_refused_but_the_same_day_is_not_the_rule_s_to_refuse()
    {
        Assert.That(Fields(TraceBatchRules.Check(Complete with { ExpiryDate = new(2024, 6, 30) })), Is.EqualTo(new[] { ("ExpiryDate", TraceBatchRules.ExpiryBeforeProduction) }));
        Assert.That(TraceBatchRules.Check(Complete with { ExpiryDate = Complete.ProductionDate }), Is.Empty);
    }

    [Test]
    public void Quantity_below_one_is_refused() =>
        Assert.That(TraceBatchRules.Check(Complete with { QuantityProduced = 0 }),
            Is.EqualTo(new[] { new FieldProblem("QuantityProduced", TraceBatchRules.QuantityTooSmall, 1, 0) }).Using<FieldProblem>(Same));

    [Test]
    public void Growing_area_code_longer_than_60_characters_is_refused() =>
        Assert.That(Fields(TraceBatchRules.Check(Complete with { GrowingAreaCode = new string('g', 61) })), Is.EqualTo(new[] { ("GrowingAreaCode", FieldMessage.TooLong) }));

    [Test]
    public void Certification_that_ends_before_it_starts_is_refused_at_its_row() =>
        Assert.That(Fields(TraceBatchRules.Check(Complete with { Certifications = [Complete.Certifications[0] with { ValidUntil = new(2023, 1, 1) }] })),
            Is.EqualTo(new[] { ("Certifications[0].ValidUntil", TraceBatchRules.CertificationEndsBeforeStart) }));

    [Test]
    public void Lab_test_without_what_was_tested_is_refused() =>
        Assert.That(Fields(TraceBatchRules.Check(Complete with { LabTests = [new LabTestFile { What = "" }] })), Is.EqualTo(new[] { ("LabTests[0].What", FieldMessage.Required) }));

    [Test]
    public void Events_out_of_order_are_refused_at_the_later_row() =>
        Assert.That(Fields(TraceBatchRules.Check(Complete with { Events = [Complete.Events[1], Complete.Events[0]] })),
            Is.EqualTo(new[] { ("Events[1].On", TraceBatchRules.EventOutOfOrder) }));
}
