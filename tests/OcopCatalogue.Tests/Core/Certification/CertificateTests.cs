using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Tests.Core.Certification;

public sealed class CertificateTests
{
    private static readonly DateOnly Decided = new(2023, 6, 15);

    private static Certificate Decision(decimal score = 63.4m) => new() { Score = score, DecisionDate = Decided, Sequence = 1 };

    [Test]
    public void Certificate_is_valid_for_36_months_from_its_decision_date()
    {
        var certificate = Decision();

        Assert.Multiple(() =>
        {
            Assert.That(certificate.ExpiresOn, Is.EqualTo(new DateOnly(2026, 6, 15)));
            Assert.That(certificate.ValidThrough, Is.EqualTo(new DateOnly(2026, 6, 14)));
            Assert.That(certificate.StatusOn(Decided), Is.EqualTo(CertificateStatus.Valid));
            Assert.That(certificate.StatusOn(new DateOnly(2026, 6, 14)), Is.EqualTo(CertificateStatus.Expiring));
            Assert.That(certificate.StatusOn(new DateOnly(2026, 6, 15)), Is.EqualTo(CertificateStatus.Expired));
        });
    }

    [Test]
    public void Certificate_is_expiring_within_its_last_90_days()
    {
        var certificate = Decision();

        Assert.Multiple(() =>
        {
            // 2026-03-17 + 90 days = 2026-06-15, the day it expires.
            Assert.That(certificate.StatusOn(new DateOnly(2026, 3, 16)), Is.EqualTo(CertificateStatus.Valid));
            Assert.That(certificate.StatusOn(new DateOnly(2026, 3, 17)), Is.EqualTo(CertificateStatus.Expiring));
        });
    }

    [Test]
    public void Certificate_without_a_decision_date_has_no_guessed_validity()
    {
        var certificate = new Certificate { Score = 63.4m, Sequence = 1 };

        Assert.Multiple(() =>
        {
            Assert.That(certificate.ExpiresOn, Is.Null);
            Assert.That(certificate.StatusOn(new DateOnly(2026, 11, 22)), Is.EqualTo(CertificateStatus.DateNotPublished));
            Assert.That(certificate.Stars, Is.EqualTo(StarRating.Three));
        });
    }

    [Test]
    public void Certificate_published_as_expired_is_expired_without_dates()
    {
        var certificate = new Certificate { PublishedAsExpired = true, Sequence = 1 };

        Assert.Multiple(() =>
        {
            Assert.That(certificate.StatusOn(new DateOnly(2026, 11, 22)), Is.EqualTo(CertificateStatus.Expired));
            Assert.That(certificate.Stars, Is.Null, "stars were not published");
        });
    }

    [Test]
    public void Revoked_certificate_is_revoked_from_its_revocation_day()
    {
        var certificate = Decision();
        certificate.IsRevoked = true;
        certificate.RevokedOn = new DateOnly(2024, 1, 10);

        Assert.Multiple(() =>
        {
            Assert.That(certificate.StatusOn(new DateOnly(2024, 1, 9)), Is.EqualTo(CertificateStatus.Valid));
            Assert.That(certificate.StatusOn(new DateOnly(2024, 1, 10)), Is.EqualTo(CertificateStatus.Revoked));
        });
    }

    [Test]
    public void Proposed_rating_is_not_a_decided_rating()
    {
        var proposal = new Certificate { Score = 84.5m, IsProposed = true, Sequence = 1 };

        Assert.Multiple(() =>
        {
            Assert.That(proposal.StatusOn(new DateOnly(2026, 11, 22)), Is.EqualTo(CertificateStatus.Proposed));
            Assert.That(proposal.Stars, Is.EqualTo(StarRating.Four), "the proposal is for 4 stars");
        });
    }

    [Test]
    public void Published_stars_are_used_only_when_no_score_was_published()
    {
        var withScore = new Certificate { Score = 72m, PublishedStars = StarRating.Three };
        var withoutScore = new Certificate { PublishedStars = StarRating.Four };

        Assert.Multiple(() =>
        {
            Assert.That(withScore.Stars, Is.EqualTo(StarRating.Four));
            Assert.That(withoutScore.Stars, Is.EqualTo(StarRating.Four));
        });
    }

    [Test]
    public void Leap_day_decision_expires_on_the_last_day_of_february()
    {
        var certificate = new Certificate { Score = 75m, DecisionDate = new DateOnly(2024, 2, 29) };

        Assert.That(certificate.ExpiresOn, Is.EqualTo(new DateOnly(2027, 2, 28)));
    }
}
