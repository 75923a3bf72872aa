using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Search;

/// <summary>The index keeps a reduced certificate; on any day it must say what the full history says.</summary>
public sealed class IndexedCertificateTests
{
    private static readonly DateOnly[] Days =
    [
        new(2023, 1, 1), new(2024, 6, 30), new(2025, 12, 31), new(2026, 3, 16), new(2026, 3, 17),
        new(2026, 6, 14), new(2026, 6, 15), new(2026, 11, 22), new(2030, 1, 1),
    ];

    private static IEnumerable<TestCaseData> Histories()
    {
        Certificate Decided(int sequence, decimal score, DateOnly? date) => new() { Sequence = sequence, Score = score, DecisionDate = date };

        yield return new TestCaseData(new List<Certificate>()).SetName("no certificate");
        yield return new TestCaseData(new List<Certificate> { Decided(1, 63.4m, new DateOnly(2023, 6, 15)) }).SetName("dated");
        yield return new TestCaseData(new List<Certificate> { Decided(1, 63.4m, null) }).SetName("undated");
        yield return new TestCaseData(new List<Certificate> { new() { Sequence = 1, PublishedAsExpired = true } }).SetName("published as expired");
        yield return new TestCaseData(new List<Certificate> { new() { Sequence = 1, Score = 84.5m, IsProposed = true } }).SetName("proposed");
        yield return new TestCaseData(new List<Certificate>
        {
            Decided(1, 72m, new DateOnly(2023, 6, 15)),
            new() { Sequence = 2, Score = 91m, IsProposed = true },
        }).SetName("decided with a pending upgrade");
        yield return new TestCaseData(new List<Certificate>
        {
            new() { Sequence = 1, Score = 75m, DecisionDate = new DateOnly(2023, 6, 15), IsRevoked = true, RevokedOn = new DateOnly(2025, 12, 31) },
        }).SetName("revoked on a date");
        yield return new TestCaseData(new List<Certificate>
        {
            new() { Sequence = 1, Score = 75m, IsRevoked = true },
        }).SetName("revoked, undated");
    }

    [TestCaseSource(nameof(Histories))]
    public void Reduced_certificate_gives_the_same_status_as_the_history_on_every_day(List<Certificate> history)
    {
        var indexedOn = new DateOnly(2023, 1, 1);
        var indexed = IndexedCertificate.From(OcopStanding.On(history, indexedOn));

        Assert.Multiple(() =>
        {
            foreach (var day in Days.Where(d => d >= indexedOn))
            {
                Assert.That(indexed.StatusOn(day), Is.EqualTo(OcopStanding.On(history, day).Status), $"on {day}");
            }
        });
    }
}
