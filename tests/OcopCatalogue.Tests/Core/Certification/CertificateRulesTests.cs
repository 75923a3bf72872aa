using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Catalogue;
using static OcopCatalogue.Tests.Core.Catalogue.ProducerRulesTests;

namespace OcopCatalogue.Tests.Core.Certification;

public sealed class CertificateRulesTests
{
    private static readonly CertificateFile Complete = new()
    {
        Key = Guid.NewGuid(),
        Product = Guid.NewGuid(),
        Sequence = 1,
        Kind = EvaluationKind.NewRating,
        Score = 72.5m,
        DecisionNumber = "1234/QĐ-UBND",
        DecisionDate = new(2023, 6, 15),
    };

    [Test]
    public void A_complete_certificate_passes() =>
        Assert.That(CertificateRules.Check(Complete), Is.Empty);

    [TestCase("100.5", CertificateRules.ScoreOutOfRange)]
    [TestCase("72.555", CertificateRules.ScoreTooPrecise)]
    public void Score_that_cannot_be_published_is_refused(string score, string key) =>
        Assert.That(Fields(CertificateRules.Check(Complete with { Score = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture) })),
            Is.EqualTo(new[] { ("Score", key) }));

    [Test]
    public void Stars_the_score_contradicts_are_refused() =>
        Assert.That(Fields(CertificateRules.Check(Complete with { PublishedStars = StarRating.Five })),
            Is.EqualTo(new[] { ("PublishedStars", CertificateRules.StarsDisagreeWithScore) }));

    [Test]
    public void Revocation_with_a_score_is_refused() =>
        Assert.That(Fields(CertificateRules.Check(Complete with { Kind = EvaluationKind.Revocation, IsRevoked = true })),
            Is.EqualTo(new[] { ("Kind", CertificateRules.NotARevocation) }));

    [Test]
    public void Decision_scan_the_site_did_not_name_is_refused() =>
        Assert.That(Fields(CertificateRules.Check(Complete with { DecisionScan = "../../etc/passwd" })),
            Is.EqualTo(new[] { ("DecisionScan", CertificateRules.DecisionScanMalformed) }));

    [Test]
    public void Note_longer_than_1000_characters_is_refused() =>
        Assert.That(Fields(CertificateRules.Check(Complete with { Note = new string('n', 1001) })), Is.EqualTo(new[] { ("Note", FieldMessage.TooLong) }));

    [Test]
    public void Decision_number_longer_than_its_column_is_refused_here_and_when_recording_a_decision()
    {
        var number = "1/" + new string('Q', CertificateRules.MaxDecisionNumberLength - 1);
        Assert.That(Fields(CertificateRules.Check(Complete with { DecisionNumber = number })), Is.EqualTo(new[] { ("DecisionNumber", FieldMessage.TooLong) }));
        var decision = new EvaluationEvent { Kind = EvaluationKind.NewRating, Score = 72.5m, Level = IssuingLevel.Province, DecisionNumber = number, DecisionDate = new(2023, 6, 15) };
        Assert.That(CertificateEvaluation.Check(decision, [], new(2024, 1, 1)).Select(f => f.Problem), Does.Contain(EvaluationProblem.DecisionNumberTooLong));
    }
}
