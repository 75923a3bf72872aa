using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using static OcopCatalogue.Tests.Core.Evaluation.TestSheets;

namespace OcopCatalogue.Tests.Core.Evaluation;

public sealed class CouncilScoringTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static MemberScore Sheet(decimal total) => new(Guid.NewGuid(), Totalling(total), At, 1, null);

    private static CouncilResult Combine(CouncilScoringOptions options, params decimal[] totals) =>
        CouncilScoring.Combine(Complete, totals.Select(Sheet), options);

    private static CouncilResult Combine(params decimal[] totals) => Combine(new CouncilScoringOptions(), totals);

    [Test]
    public void The_council_score_is_the_mean_of_the_members_totals()
    {
        var result = Combine(70m, 75m, 80m);

        Assert.Multiple(() =>
        {
            Assert.That(result.Members, Is.EqualTo(3));
            Assert.That(result.Score, Is.EqualTo(75m));
            Assert.That(result.Stars, Is.EqualTo(StarRating.Four));
            Assert.That(result.MemberTotals.Values, Is.EquivalentTo(new[] { 70m, 75m, 80m }));
        });
    }

    [Test]
    public void Part_means_are_given_for_the_minutes()
    {
        // 70 = A 40 + B 25 + C 5; 80 = A 40 + B 25 + C 15.
        var result = Combine(70m, 80m);

        Assert.That(result.PartMeans, Is.EqualTo(new Dictionary<string, decimal> { ["A"] = 40m, ["B"] = 25m, ["C"] = 10m }));
    }

    [Test]
    public void The_mean_is_rounded_to_two_decimals_by_default()
    {
        var result = Combine(70m, 70m, 71m);

        Assert.Multiple(() =>
        {
            Assert.That(result.Mean, Is.EqualTo(211m / 3m));
            Assert.That(result.Score, Is.EqualTo(70.33m));
        });
    }

    [TestCase(1, "69.95", "70.0")]
    [TestCase(1, "69.94", "69.9")]
    [TestCase(0, "89.5", "90")]
    [TestCase(0, "89.49", "89")]
    [TestCase(2, "50.005", "50.01")]
    public void Rounding_takes_halves_away_from_zero(int decimals, string value, string expected)
    {
        var rounding = new ScoreRounding(decimals);

        Assert.That(rounding.Apply(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Rounding_to_even_is_an_option_too() =>
        Assert.That(new ScoreRounding(0, MidpointRounding.ToEven).Apply(88.5m), Is.EqualTo(88m));

    [Test]
    public void Rounding_to_a_whole_point_can_lift_a_product_into_the_next_band()
    {
        // 89 and 90: mean 89.5; the council's rounding decides, and the band follows the rounded score.
        var whole = Combine(new CouncilScoringOptions { Rounding = ScoreRounding.ToInteger }, 89m, 90m);
        var hundredth = Combine(89m, 90m);

        Assert.Multiple(() =>
        {
            Assert.That((whole.Score, whole.Stars, whole.ProposeToCentral), Is.EqualTo(((decimal?)90m, (StarRating?)StarRating.Five, true)));
            Assert.That((hundredth.Score, hundredth.Stars, hundredth.ProposeToCentral), Is.EqualTo(((decimal?)89.5m, (StarRating?)StarRating.Four, false)));
        });
    }

    [TestCase(3)]
    [TestCase(-1)]
    public void A_rounding_beyond_what_a_certificate_keeps_is_refused(int decimals)
    {
        var options = new CouncilScoringOptions { Rounding = new ScoreRounding(decimals) };

        Assert.Multiple(() =>
        {
            Assert.That(options.Check().Single().MessageKey, Is.EqualTo(CouncilScoringOptions.RoundingInvalid));
            Assert.Throws<ArgumentException>(() => Combine(options, 70m));
        });
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("100.5")]
    public void A_spread_limit_outside_the_scale_is_refused(string limit) =>
        Assert.That(new CouncilScoringOptions { SpreadLimit = decimal.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) }.Check().Single().MessageKey,
            Is.EqualTo(CouncilScoringOptions.SpreadLimitInvalid));

    [Test]
    public void A_spread_of_exactly_the_limit_does_not_need_discussion()
    {
        var result = Combine(70m, 80m);

        Assert.Multiple(() =>
        {
            Assert.That(result.Spread, Is.EqualTo(10m));
            Assert.That(result.NeedsDiscussion, Is.False);
        });
    }

    [Test]
    public void A_spread_over_the_limit_flags_the_product_for_discussion()
    {
        var result = Combine(70m, 75m, 80.5m);

        Assert.Multiple(() =>
        {
            Assert.That(result.Spread, Is.EqualTo(10.5m));
            Assert.That(result.NeedsDiscussion, Is.True);
        });
    }

    [Test]
    public void The_spread_limit_is_the_council_s_to_set()
    {
        var result = Combine(new CouncilScoringOptions { SpreadLimit = 5m }, 70m, 76m);

        Assert.That(result.NeedsDiscussion, Is.True);
    }

    [TestCase("49.99", null)]
    [TestCase("50", StarRating.Three)]
    [TestCase("69.99", StarRating.Three)]
    [TestCase("70", StarRating.Four)]
    [TestCase("89.99", StarRating.Four)]
    [TestCase("90", StarRating.Five)]
    public void Stars_come_from_the_star_bands(string total, StarRating? stars)
    {
        var value = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);

        var result = Combine(value);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stars, Is.EqualTo(stars));
            Assert.That(result.Stars, Is.EqualTo(StarBands.FromScore(value)));
            Assert.That(result.ProposeToCentral, Is.EqualTo(value >= 90m));
        });
    }

    [Test]
    public void Nobody_submitted_gives_no_score_and_no_stars()
    {
        var result = Combine();

        Assert.That((result.Members, result.Score, result.Stars, result.ProposeToCentral), Is.EqualTo((0, (decimal?)null, (StarRating?)null, false)));
    }

    [Test]
    public void Two_sheets_of_one_member_are_refused()
    {
        var member = Guid.NewGuid();

        Assert.Throws<ArgumentException>(() => CouncilScoring.Combine(Complete,
            [new MemberScore(member, Totalling(70m), At, 1, null), new MemberScore(member, Totalling(75m), At, 2, "lý do")], new CouncilScoringOptions()));
    }

    private static MemberScore WithoutMandatory(decimal total)
    {
        // A1.1 (mandatory, 10 points) gets nothing; the rest is filled from A2.1 on.
        var points = Totalling(total + 10m);
        points["A1.1"] = 0m;
        return new(Guid.NewGuid(), points, At, 1, null);
    }

    [Test]
    public void A_mandatory_criterion_nobody_gave_a_point_is_reported_but_ranks_by_default()
    {
        var result = CouncilScoring.Combine(Complete, [WithoutMandatory(80m), WithoutMandatory(82m)], new CouncilScoringOptions());

        Assert.Multiple(() =>
        {
            Assert.That(result.Score, Is.EqualTo(81m));
            Assert.That(result.FailedMandatoryCriteria, Is.EqualTo(new[] { "A1.1" }));
            Assert.That(result.Stars, Is.EqualTo(StarRating.Four));
        });
    }

    [Test]
    public void With_the_not_ranked_rule_a_failed_mandatory_criterion_withholds_the_stars_and_the_central_proposal()
    {
        var options = new CouncilScoringOptions { MandatoryRule = MandatoryCriteriaRule.NotRankedWhenFailed };

        var result = CouncilScoring.Combine(Complete, [WithoutMandatory(90m), WithoutMandatory(90m)], options);

        Assert.Multiple(() =>
        {
            Assert.That(result.Score, Is.EqualTo(90m));
            Assert.That(result.Stars, Is.Null);
            Assert.That(result.ProposeToCentral, Is.False);
        });
    }

    [Test]
    public void A_mandatory_criterion_one_member_gave_points_to_has_not_failed()
    {
        var options = new CouncilScoringOptions { MandatoryRule = MandatoryCriteriaRule.NotRankedWhenFailed };

        var result = CouncilScoring.Combine(Complete, [WithoutMandatory(80m), Sheet(80m)], options);

        Assert.Multiple(() =>
        {
            Assert.That(result.FailedMandatoryCriteria, Is.Empty);
            Assert.That(result.Stars, Is.EqualTo(StarRating.Four));
        });
    }
}
