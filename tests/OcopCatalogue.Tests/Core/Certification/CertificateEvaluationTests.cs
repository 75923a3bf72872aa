using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Tests.Core.Certification;

public sealed class CertificateEvaluationTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static Certificate Decided(decimal score, DateOnly date, int sequence = 1) =>
        new() { Id = Guid.NewGuid(), Sequence = sequence, Score = score, DecisionDate = date, DecisionNumber = $"{sequence}/QĐ-UBND" };

    /// <summary>A 4★ certificate decided a year ago: valid for two more years.</summary>
    private static Certificate ValidFourStars() => Decided(78.5m, Today.AddYears(-1));

    private static EvaluationEvent Event(EvaluationKind kind, decimal? score = 75m, DateOnly? date = null, string? number = "123/QĐ-UBND") => new()
    {
        Kind = kind,
        Score = score,
        Level = IssuingLevel.Province,
        DecisionNumber = number,
        DecisionDate = date ?? Today,
    };

    private static List<EvaluationProblem> Problems(EvaluationEvent e, params Certificate[] history) =>
        [.. CertificateEvaluation.Check(e, history, Today).Select(f => f.Problem)];

    [TestCase("50", StarRating.Three)]
    [TestCase("69.99", StarRating.Three)]
    [TestCase("70", StarRating.Four)]
    [TestCase("89.99", StarRating.Four)]
    [TestCase("90", StarRating.Five)]
    [TestCase("100", StarRating.Five)]
    public void First_rating_at_a_band_edge_is_recorded_with_the_stars_of_its_band(string score, StarRating stars)
    {
        var e = Event(EvaluationKind.NewRating, decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Multiple(() =>
        {
            Assert.That(Problems(e), Is.Empty);
            Assert.That(e.Stars, Is.EqualTo(stars));
        });
    }

    [TestCase("49.99", EvaluationProblem.ScoreNotCertifiable)]
    [TestCase("0", EvaluationProblem.ScoreNotCertifiable)]
    [TestCase("-0.01", EvaluationProblem.ScoreOutOfRange)]
    [TestCase("100.01", EvaluationProblem.ScoreOutOfRange)]
    [TestCase("75.125", EvaluationProblem.ScoreTooPrecise)]
    public void Score_outside_the_certifiable_bands_is_refused_next_to_the_score(string score, EvaluationProblem problem)
    {
        var findings = CertificateEvaluation.Check(
            Event(EvaluationKind.NewRating, decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)), [], Today);

        Assert.That(findings, Is.EqualTo(new[] { new EvaluationFinding(nameof(EvaluationEvent.Score), problem) }));
    }

    [Test]
    public void Rating_without_a_score_or_stars_is_refused()
    {
        Assert.That(Problems(Event(EvaluationKind.NewRating, score: null)), Is.EqualTo(new[] { EvaluationProblem.ScoreMissing }));
    }

    [Test]
    public void Stated_stars_must_match_the_score_band()
    {
        var e = Event(EvaluationKind.NewRating, 69.5m) with { PublishedStars = StarRating.Four };

        Assert.Multiple(() =>
        {
            Assert.That(Problems(e), Is.EqualTo(new[] { EvaluationProblem.StarsDisagreeWithScore }));
            Assert.That(Problems(e with { PublishedStars = StarRating.Three }), Is.Empty);
        });
    }

    [Test]
    public void Stars_alone_are_enough_when_the_decision_gives_no_score()
    {
        var e = Event(EvaluationKind.NewRating, score: null) with { PublishedStars = StarRating.Four };

        Assert.Multiple(() =>
        {
            Assert.That(Problems(e), Is.Empty);
            Assert.That(e.Stars, Is.EqualTo(StarRating.Four));
        });
    }

    [Test]
    public void Decision_dated_today_is_accepted_and_tomorrow_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.NewRating, date: Today)), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.NewRating, date: Today.AddDays(1))), Is.EqualTo(new[] { EvaluationProblem.DecisionDateInFuture }));
        });
    }

    [Test]
    public void Decision_date_needs_a_decision_number()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.NewRating, number: null)), Is.EqualTo(new[] { EvaluationProblem.DecisionNumberMissing }));
            Assert.That(Problems(Event(EvaluationKind.NewRating, number: "   ")), Is.EqualTo(new[] { EvaluationProblem.DecisionNumberMissing }));
        });
    }

    [Test]
    public void Unknown_number_and_date_stay_unknown_without_a_problem()
    {
        var e = Event(EvaluationKind.NewRating, number: null) with { DecisionDate = null };

        Assert.That(Problems(e), Is.Empty);
    }

    [TestCase("1234/QĐ-UBND", true)]
    [TestCase("Số 56/QD-UBND ngày 3/4", true)]
    [TestCase("QĐ-UBND", false)]
    public void Decision_number_may_be_spelled_any_way_but_has_a_number(string number, bool accepted)
    {
        var problems = Problems(Event(EvaluationKind.NewRating, number: number));

        Assert.That(problems, accepted ? Is.Empty : Is.EqualTo(new[] { EvaluationProblem.DecisionNumberMalformed }));
    }

    [Test]
    public void Decision_number_longer_than_the_column_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.NewRating, number: "1/" + new string('Q', 58))), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.NewRating, number: "1/" + new string('Q', 59))), Is.EqualTo(new[] { EvaluationProblem.DecisionNumberTooLong }));
        });
    }

    [Test]
    public void New_rating_while_a_certificate_is_in_force_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.NewRating), ValidFourStars()), Is.EqualTo(new[] { EvaluationProblem.NewRatingWhileInForce }));
            // Rated without published dates still counts: the source says the product is rated.
            Assert.That(Problems(Event(EvaluationKind.NewRating), new Certificate { Sequence = 1, Score = 60m }),
                Is.EqualTo(new[] { EvaluationProblem.NewRatingWhileInForce }));
        });
    }

    [Test]
    public void New_rating_after_a_lapse_or_a_revocation_is_accepted()
    {
        var lapsed = Decided(60m, Today.AddYears(-4));
        var revoked = Decided(60m, Today.AddYears(-2));
        var revocation = new Certificate { Sequence = 2, Kind = EvaluationKind.Revocation, IsRevoked = true, RevokedOn = Today.AddMonths(-1), DecisionDate = Today.AddMonths(-1) };

        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.NewRating), lapsed), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.NewRating), revoked, revocation), Is.Empty);
        });
    }

    [Test]
    public void Renewal_is_refused_91_days_before_expiry_and_accepted_at_90()
    {
        // Expires on the decision date + 36 months; 91 days before that it is still plainly valid.
        var validFor91Days = Decided(60m, Today.AddDays(91).AddMonths(-36));
        var validFor90Days = Decided(60m, Today.AddDays(90).AddMonths(-36));

        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.Renewal), validFor91Days), Is.EqualTo(new[] { EvaluationProblem.RenewalNeedsExpiringCertificate }));
            Assert.That(Problems(Event(EvaluationKind.Renewal), validFor90Days), Is.Empty);
        });
    }

    [Test]
    public void Renewal_of_an_expired_certificate_is_accepted_but_not_of_nothing_or_a_revoked_one()
    {
        var expired = Decided(60m, Today.AddYears(-3).AddDays(-1));
        var revoked = Decided(60m, Today.AddYears(-1));
        var revocation = new Certificate { Sequence = 2, Kind = EvaluationKind.Revocation, IsRevoked = true, RevokedOn = Today.AddDays(-10), DecisionDate = Today.AddDays(-10) };

        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.Renewal), expired), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.Renewal)), Is.EqualTo(new[] { EvaluationProblem.RenewalNeedsExpiringCertificate }));
            Assert.That(Problems(Event(EvaluationKind.Renewal), revoked, revocation), Is.EqualTo(new[] { EvaluationProblem.RenewalNeedsExpiringCertificate }));
        });
    }

    [Test]
    public void Upgrade_needs_more_stars_than_the_certificate_in_force()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.Upgrade, 90m), ValidFourStars()), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.Upgrade, 89.99m), ValidFourStars()), Is.EqualTo(new[] { EvaluationProblem.UpgradeNeedsMoreStars }));
            Assert.That(Problems(Event(EvaluationKind.Upgrade, 65m), ValidFourStars()), Is.EqualTo(new[] { EvaluationProblem.UpgradeNeedsMoreStars }));
        });
    }

    [Test]
    public void Downgrade_needs_fewer_stars_than_the_certificate_in_force()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.Downgrade, 69.99m), ValidFourStars()), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.Downgrade, 70m), ValidFourStars()), Is.EqualTo(new[] { EvaluationProblem.DowngradeNeedsFewerStars }));
        });
    }

    [Test]
    public void Upgrade_or_downgrade_of_an_expired_certificate_is_refused()
    {
        var expired = Decided(60m, Today.AddYears(-3).AddDays(-1));

        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.Upgrade, 95m), expired), Is.EqualTo(new[] { EvaluationProblem.NothingInForce }));
            Assert.That(Problems(Event(EvaluationKind.Downgrade, 55m), expired), Is.EqualTo(new[] { EvaluationProblem.NothingInForce }));
        });
    }

    [Test]
    public void Upgrade_of_a_certificate_without_known_stars_is_refused()
    {
        var undated = new Certificate { Sequence = 1 };

        Assert.That(Problems(Event(EvaluationKind.Upgrade, 95m), undated), Is.EqualTo(new[] { EvaluationProblem.CurrentStarsUnknown }));
    }

    [Test]
    public void Revocation_needs_a_certificate_in_force_a_date_and_no_score()
    {
        var revocation = Event(EvaluationKind.Revocation, score: null);

        Assert.Multiple(() =>
        {
            Assert.That(Problems(revocation, ValidFourStars()), Is.Empty);
            Assert.That(Problems(revocation), Is.EqualTo(new[] { EvaluationProblem.NothingInForce }));
            Assert.That(Problems(revocation with { Score = 60m }, ValidFourStars()), Is.EqualTo(new[] { EvaluationProblem.ScoreNotForRevocation }));
            Assert.That(Problems(revocation with { DecisionDate = null, DecisionNumber = null }, ValidFourStars()),
                Is.EqualTo(new[] { EvaluationProblem.DecisionDateMissing }));
        });
    }

    [Test]
    public void Revocation_is_judged_on_its_decision_day_not_on_the_day_it_is_typed_in()
    {
        // In force when the revocation was signed 20 days ago; expired since.
        var expiredTenDaysAgo = Decided(60m, Today.AddDays(-10).AddMonths(-36));
        var revocation = Event(EvaluationKind.Revocation, score: null, date: Today.AddDays(-20));

        Assert.That(Problems(revocation, expiredTenDaysAgo), Is.Empty);
    }

    [Test]
    public void Decision_dated_before_the_latest_recorded_decision_is_refused()
    {
        var current = ValidFourStars();

        Assert.That(Problems(Event(EvaluationKind.Upgrade, 95m, date: current.DecisionDate!.Value.AddDays(-1)), current),
            Does.Contain(EvaluationProblem.DecisionDateBeforeLatest));
    }

    [Test]
    public void Note_longer_than_1000_characters_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Event(EvaluationKind.NewRating) with { Note = new string('a', 1000) }), Is.Empty);
            Assert.That(Problems(Event(EvaluationKind.NewRating) with { Note = new string('a', 1001) }), Is.EqualTo(new[] { EvaluationProblem.NoteTooLong }));
        });
    }

    [Test]
    public void Undefined_kind_is_refused()
    {
        Assert.That(Problems(Event((EvaluationKind)42)), Is.EqualTo(new[] { EvaluationProblem.KindUnknown }));
    }

    [Test]
    public void Recorded_revocation_is_a_new_record_that_takes_the_mark_off_and_leaves_the_old_one_unchanged()
    {
        var current = ValidFourStars();
        var before = (current.Score, current.DecisionDate, current.IsRevoked, current.RevokedOn);
        var productId = Guid.NewGuid();

        var revocation = CertificateEvaluation.Record(Guid.NewGuid(), productId,
            Event(EvaluationKind.Revocation, score: null) with { Note = "Vi phạm cam kết chất lượng" }, [current], Today);
        var standing = OcopStanding.On([current, revocation], Today);

        Assert.Multiple(() =>
        {
            Assert.That(revocation.Sequence, Is.EqualTo(2));
            Assert.That(revocation.ProductId, Is.EqualTo(productId));
            Assert.That(revocation.Kind, Is.EqualTo(EvaluationKind.Revocation));
            Assert.That(revocation.IsRevoked, Is.True);
            Assert.That(revocation.RevokedOn, Is.EqualTo(Today));
            Assert.That(revocation.ExpiresOn, Is.Null, "a revocation has no validity of its own");
            Assert.That(revocation.Note, Is.EqualTo("Vi phạm cam kết chất lượng"));
            Assert.That(standing.Status, Is.EqualTo(CertificateStatus.Revoked));
            Assert.That(standing.ShowsOcopMark, Is.False);
            Assert.That((current.Score, current.DecisionDate, current.IsRevoked, current.RevokedOn), Is.EqualTo(before));
        });
    }

    [Test]
    public void Recorded_upgrade_becomes_the_certificate_in_force_with_36_months_from_its_date()
    {
        var current = ValidFourStars();

        var upgrade = CertificateEvaluation.Record(Guid.NewGuid(), Guid.NewGuid(), Event(EvaluationKind.Upgrade, 92.5m, number: "  77/QĐ-UBND "), [current], Today);
        var standing = OcopStanding.On([current, upgrade], Today);

        Assert.Multiple(() =>
        {
            Assert.That(upgrade.DecisionNumber, Is.EqualTo("77/QĐ-UBND"));
            Assert.That(upgrade.ExpiresOn, Is.EqualTo(Today.AddMonths(36)));
            Assert.That(standing.Current, Is.SameAs(upgrade));
            Assert.That(standing.Stars, Is.EqualTo(StarRating.Five));
            Assert.That(standing.ShowsOcopMark, Is.True);
        });
    }

    [Test]
    public void Recording_a_refused_decision_throws()
    {
        Assert.That(() => CertificateEvaluation.Record(Guid.NewGuid(), Guid.NewGuid(), Event(EvaluationKind.Upgrade, 60m), [ValidFourStars()], Today),
            Throws.InvalidOperationException);
    }

    [Test]
    public void Kind_for_a_listed_rating_follows_the_stars_of_the_certificate_in_force()
    {
        var fourStars = ValidFourStars();
        var undated = new Certificate { Sequence = 1, Score = 60m };

        Assert.Multiple(() =>
        {
            Assert.That(CertificateEvaluation.KindFor(StarRating.Three, [], Today), Is.EqualTo(EvaluationKind.NewRating));
            Assert.That(CertificateEvaluation.KindFor(StarRating.Five, [fourStars], Today), Is.EqualTo(EvaluationKind.Upgrade));
            Assert.That(CertificateEvaluation.KindFor(StarRating.Three, [fourStars], Today), Is.EqualTo(EvaluationKind.Downgrade));
            Assert.That(CertificateEvaluation.KindFor(StarRating.Four, [fourStars], Today), Is.Null, "same stars, still valid for years");
            Assert.That(CertificateEvaluation.KindFor(StarRating.Three, [undated], Today), Is.EqualTo(EvaluationKind.Renewal));
        });
    }

    [Test]
    public void Correction_of_a_record_without_a_score_does_not_demand_one()
    {
        var legacy = new Certificate { Sequence = 1, PublishedAsExpired = true, Note = "Nguồn không công bố điểm" };
        var corrected = new EvaluationEvent { Note = "Nguồn không công bố điểm và hạng sao" };

        Assert.That(CertificateEvaluation.CheckCorrection(legacy, corrected, [legacy], Today), Is.Empty);
    }

    [Test]
    public void Correction_of_an_upgrade_still_needs_more_stars_than_the_record_before_it()
    {
        var current = ValidFourStars();
        var upgrade = CertificateEvaluation.Record(Guid.NewGuid(), Guid.NewGuid(), Event(EvaluationKind.Upgrade, 92.5m), [current], Today);
        var typo = Event(EvaluationKind.Upgrade, 82.5m) with { Kind = EvaluationKind.NewRating };

        var findings = CertificateEvaluation.CheckCorrection(upgrade, typo, [current, upgrade], Today);

        Assert.That(findings.Select(f => f.Problem), Is.EqualTo(new[] { EvaluationProblem.UpgradeNeedsMoreStars }));
    }

    [Test]
    public void Certificate_withdrawn_by_a_later_revocation_reads_as_revoked_in_its_history_but_not_before_it()
    {
        var current = ValidFourStars();
        var revocation = CertificateEvaluation.Record(Guid.NewGuid(), Guid.NewGuid(), Event(EvaluationKind.Revocation, score: null, date: Today.AddDays(-5)), [current], Today);
        var renewedAfterwards = Decided(72m, Today, sequence: 3);

        Assert.Multiple(() =>
        {
            Assert.That(current.StatusOn(Today), Is.EqualTo(CertificateStatus.Valid), "on its own the record does not know");
            Assert.That(current.StatusOn(Today, [current, revocation]), Is.EqualTo(CertificateStatus.Revoked));
            Assert.That(current.StatusOn(Today.AddDays(-6), [current, revocation]), Is.EqualTo(CertificateStatus.Valid));
            Assert.That(renewedAfterwards.StatusOn(Today, [current, revocation, renewedAfterwards]), Is.EqualTo(CertificateStatus.Valid));
        });
    }
}
