using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Tests.Core.Certification;

public sealed class OcopStandingTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Test]
    public void Product_without_certificates_is_not_rated_and_shows_no_mark()
    {
        var standing = OcopStanding.On([], Today);

        Assert.Multiple(() =>
        {
            Assert.That(standing.Status, Is.EqualTo(CertificateStatus.NotRated));
            Assert.That(standing.ShowsOcopMark, Is.False);
            Assert.That(standing.Stars, Is.Null);
        });
    }

    [Test]
    public void Valid_certificate_shows_the_OCOP_mark()
    {
        var standing = OcopStanding.On([new Certificate { Score = 85.2m, DecisionDate = new DateOnly(2025, 1, 2), Sequence = 1 }], Today);

        Assert.Multiple(() =>
        {
            Assert.That(standing.Status, Is.EqualTo(CertificateStatus.Valid));
            Assert.That(standing.ShowsOcopMark, Is.True);
            Assert.That(standing.Stars, Is.EqualTo(StarRating.Four));
        });
    }

    [TestCase(CertificateStatus.Expired)]
    [TestCase(CertificateStatus.Revoked)]
    [TestCase(CertificateStatus.DateNotPublished)]
    [TestCase(CertificateStatus.Proposed)]
    public void Expired_revoked_undated_or_proposed_certificate_hides_the_OCOP_mark(CertificateStatus status)
    {
        var certificate = status switch
        {
            CertificateStatus.Expired => new Certificate { Score = 60m, DecisionDate = new DateOnly(2022, 1, 1), Sequence = 1 },
            CertificateStatus.Revoked => new Certificate { Score = 60m, DecisionDate = new DateOnly(2025, 1, 1), IsRevoked = true, Sequence = 1 },
            CertificateStatus.DateNotPublished => new Certificate { Score = 60m, Sequence = 1 },
            _ => new Certificate { Score = 84.5m, IsProposed = true, Sequence = 1 },
        };

        var standing = OcopStanding.On([certificate], Today);

        Assert.Multiple(() =>
        {
            Assert.That(standing.Status, Is.EqualTo(status));
            Assert.That(standing.ShowsOcopMark, Is.False);
        });
    }

    [Test]
    public void Proposal_does_not_give_the_product_its_stars()
    {
        var standing = OcopStanding.On([new Certificate { Score = 84.5m, IsProposed = true, Sequence = 1 }], Today);

        Assert.Multiple(() =>
        {
            Assert.That(standing.Status, Is.EqualTo(CertificateStatus.Proposed));
            Assert.That(standing.Stars, Is.Null);
            Assert.That(standing.PendingProposal!.Stars, Is.EqualTo(StarRating.Four));
        });
    }

    [Test]
    public void Latest_decision_is_in_force_and_history_is_kept()
    {
        var first = new Certificate { Score = 65m, DecisionDate = new DateOnly(2020, 3, 1), Sequence = 1 };
        var upgrade = new Certificate { Score = 78m, DecisionDate = new DateOnly(2024, 5, 1), Sequence = 2 };

        var standing = OcopStanding.On([upgrade, first], Today);

        Assert.Multiple(() =>
        {
            Assert.That(standing.Current, Is.SameAs(upgrade));
            Assert.That(standing.Stars, Is.EqualTo(StarRating.Four));
            Assert.That(standing.Status, Is.EqualTo(CertificateStatus.Valid));
        });
    }

    [Test]
    public void Upgrade_proposal_leaves_the_current_certificate_in_force()
    {
        var current = new Certificate { Score = 65m, DecisionDate = new DateOnly(2025, 3, 1), Sequence = 1 };
        var proposal = new Certificate { Score = 72m, IsProposed = true, Sequence = 2 };

        var standing = OcopStanding.On([current, proposal], Today);

        Assert.Multiple(() =>
        {
            Assert.That(standing.Current, Is.SameAs(current));
            Assert.That(standing.Stars, Is.EqualTo(StarRating.Three));
            Assert.That(standing.PendingProposal, Is.SameAs(proposal));
            Assert.That(standing.ShowsOcopMark, Is.True);
        });
    }

    [Test]
    public void Revocation_after_a_valid_certificate_takes_the_mark_away()
    {
        var first = new Certificate { Score = 75m, DecisionDate = new DateOnly(2025, 3, 1), Sequence = 1, IsRevoked = true, RevokedOn = new DateOnly(2026, 10, 1) };

        var before = OcopStanding.On([first], new DateOnly(2026, 9, 30));
        var after = OcopStanding.On([first], Today);

        Assert.Multiple(() =>
        {
            Assert.That(before.ShowsOcopMark, Is.True);
            Assert.That(after.Status, Is.EqualTo(CertificateStatus.Revoked));
            Assert.That(after.ShowsOcopMark, Is.False);
        });
    }
}
