using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>
/// A published product with a valid certificate, written into the site under test: the real content publishes no
/// decision dates, so none of its products shows the OCOP mark. Names and the decision are test fixtures.
/// </summary>
public static class TestCertificates
{
    public static async Task<Product> SeedValidAsync(string name, string slug)
    {
        var producer = new Producer
        {
            Id = Guid.NewGuid(),
            Slug = slug + "-chu-the",
            Name = "Hộ kinh doanh thử " + name,
            Kind = ProducerKind.HouseholdBusiness,
            Address = new PostalAddress { CommuneOrWard = "Phường Mỹ Long", District = "Thành phố Long Xuyên", Province = "An Giang" },
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        var product = new Product
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Name = name,
            Producer = producer,
            Group = OcopGroup.Food,
            UpdatedAt = DateTimeOffset.UnixEpoch,
            Certificates =
            [
                new Certificate
                {
                    Id = Guid.NewGuid(),
                    Sequence = 1,
                    Kind = EvaluationKind.NewRating,
                    Score = 78.5m,
                    Level = IssuingLevel.Province,
                    DecisionNumber = "TEST-1/QĐ-UBND",
                    DecisionDate = VietnamTime.Today(TimeProvider.System).AddYears(-1),
                },
            ],
        };
        await BrowserRun.Site.WithDbAsync(db =>
        {
            db.AddRange(producer, product);
            return db.SaveChangesAsync();
        });
        return product;
    }
}
