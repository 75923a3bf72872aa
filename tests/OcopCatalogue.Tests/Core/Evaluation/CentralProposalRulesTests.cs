using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Tests.Core.Evaluation;

/// <summary>The central step's order and facts: after the province's decision, only for a proposal, once, 5★ only from 90.</summary>
public sealed class CentralProposalRulesTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);
    private static readonly DateOnly ProvinceDay = new(2027, 3, 10);

    private static CentralResult Granted(decimal? score = 92.5m, DateOnly? date = null) =>
        new("TEST-9/QĐ-TW", date ?? new DateOnly(2027, 5, 20), "Cơ quan thử (không phải tên thật)", Granted: true, score);

    private static IReadOnlyList<string> Keys(EvaluationStep step, bool proposed, bool recorded, CentralResult result) =>
        [.. CentralProposalRules.Check(step, proposed, recorded, ProvinceDay, result, Today).Select(p => p.MessageKey)];

    [TestCase(EvaluationStep.Registered)]
    [TestCase(EvaluationStep.ScoringOpen)]
    [TestCase(EvaluationStep.Scored)]
    public void No_central_result_before_the_province_has_decided(EvaluationStep step) =>
        Assert.That(Keys(step, proposed: true, recorded: false, Granted()), Is.EqualTo(new[] { CentralProposalRules.BeforeProvinceDecision }));

    [Test]
    public void Only_a_product_the_province_proposed_gets_a_central_result() =>
        Assert.That(Keys(EvaluationStep.Decided, proposed: false, recorded: false, Granted()), Is.EqualTo(new[] { CentralProposalRules.NotProposed }));

    [Test]
    public void A_central_result_is_recorded_once() =>
        Assert.That(Keys(EvaluationStep.Decided, proposed: true, recorded: true, Granted()), Is.EqualTo(new[] { CentralProposalRules.AlreadyRecorded }));

    [Test]
    public void A_proposed_decided_product_with_a_five_star_score_may_be_granted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Keys(EvaluationStep.Decided, proposed: true, recorded: false, Granted()), Is.Empty);
            Assert.That(Keys(EvaluationStep.Decided, proposed: true, recorded: false, Granted(90m)), Is.Empty, "90 is in the five-star band");
            Assert.That(CentralProposalRules.AwaitsCentral(EvaluationStep.Decided, proposedToCentral: true, centralRecorded: false), Is.True);
            Assert.That(CentralProposalRules.AwaitsCentral(EvaluationStep.Decided, proposedToCentral: true, centralRecorded: true), Is.False);
            Assert.That(CentralProposalRules.AwaitsCentral(EvaluationStep.Scored, proposedToCentral: true, centralRecorded: false), Is.False);
        });
    }

    [TestCase(89.99)]
    [TestCase(75)]
    public void Five_stars_need_a_score_of_ninety_or_more(decimal score) =>
        Assert.That(Keys(EvaluationStep.Decided, true, false, Granted(score)), Is.EqualTo(new[] { CentralProposalRules.ScoreBelowFiveStars }));

    [Test]
    public void A_grant_without_a_score_is_refused_and_a_refusal_needs_none()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Keys(EvaluationStep.Decided, true, false, Granted(null)), Is.EqualTo(new[] { CentralProposalRules.ScoreRequired }));
            Assert.That(Keys(EvaluationStep.Decided, true, false, Granted(null) with { Granted = false }), Is.Empty);
            Assert.That(Keys(EvaluationStep.Decided, true, false, Granted(80m) with { Granted = false }), Is.Empty, "a refusal may state the central score");
            Assert.That(Keys(EvaluationStep.Decided, true, false, Granted(100.5m) with { Granted = false }), Is.EqualTo(new[] { CentralProposalRules.ScoreInvalid }));
        });
    }

    [Test]
    public void The_typed_facts_are_checked_number_date_and_issuing_body()
    {
        var bad = new CentralResult("không số", Today.AddDays(1), " ", Granted: true, 95m);

        Assert.Multiple(() =>
        {
            Assert.That(Keys(EvaluationStep.Decided, true, false, bad),
                Is.EquivalentTo(new[] { CentralProposalRules.NumberRequired, CentralProposalRules.DateRequired, CentralProposalRules.IssuingBodyRequired }));
            Assert.That(Keys(EvaluationStep.Decided, true, false, Granted(date: ProvinceDay.AddDays(-1))), Is.EqualTo(new[] { CentralProposalRules.DateBeforeProvince }),
                "the central level decides after the province proposes");
            Assert.That(Keys(EvaluationStep.Decided, true, false, Granted() with { IssuingBody = new string('x', CentralProposalRules.MaxIssuingBodyLength + 1) }),
                Is.EqualTo(new[] { CentralProposalRules.IssuingBodyTooLong }));
        });
    }
}
