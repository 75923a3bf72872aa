using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// Builds test content, for <see cref="SiteServices.SaveAsync"/> to write straight into a site's database. The
/// names and numbers are test fixtures, not the province's published facts (those live in uSync/).
/// </summary>
public static class ContentSeed
{
    private static readonly DateTimeOffset Updated = new(2025, 1, 2, 3, 0, 0, TimeSpan.Zero);

    public static Producer Producer(
        string name,
        ProducerKind kind = ProducerKind.Company,
        string? commune = "phường Mỹ Long",
        string? district = "thành phố Long Xuyên",
        string province = "An Giang",
        PublicationState state = PublicationState.Published) => new()
        {
            Id = Guid.NewGuid(),
            Slug = Slug.From(name),
            Name = name,
            Kind = kind,
            Address = new PostalAddress { Street = "Số 1, đường Thử", CommuneOrWard = commune, District = district, Province = province },
            State = state,
            UpdatedAt = Updated,
        };

    public static Product Product(
        string name,
        Producer? producer,
        OcopGroup group,
        params Certificate[] certificates)
    {
        var product = new Product
        {
            Id = Guid.NewGuid(),
            Slug = Slug.From(name),
            Name = name,
            Producer = producer,
            Group = group,
            State = PublicationState.Published,
            UpdatedAt = Updated,
        };
        var sequence = 0;
        foreach (var certificate in certificates)
        {
            certificate.Sequence = ++sequence;
            product.Certificates.Add(certificate);
        }

        return product;
    }

    /// <summary>A decided rating; without a date it is "date not published".</summary>
    /// <summary>The n-th GTIN-13 under GS1 Prefix 952 (reserved for examples), in 14 digits with its check digit.</summary>
    public static string ExampleGtin(int n)
    {
        var data = "0952" + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return data + OcopCatalogue.Core.Traceability.Gtin.CheckDigit(data);
    }

    public static OcopCatalogue.Core.Traceability.TraceBatch Batch(Product product, string lot) => new()
    {
        Id = Guid.NewGuid(),
        ProductId = product.Id,
        LotCode = lot,
        IsSample = true,
        ProductionDate = new DateOnly(2025, 5, 1),
        ExpiryDate = new DateOnly(2026, 4, 30),
        QuantityProduced = 400,
        QuantityUnit = "hộp",
        OriginPlace = "Vùng nguyên liệu thử nghiệm",
        Certifications = [new() { Scheme = "VietGAP thử nghiệm", Number = "TEST-VG-1", ValidUntil = new DateOnly(2026, 1, 1) }],
        LabTests = [new() { What = "Vi sinh thử nghiệm", Result = "Đạt thử nghiệm" }],
        Events =
        [
            new() { Step = OcopCatalogue.Core.Traceability.TraceStep.Harvesting, On = new DateOnly(2025, 4, 20), Where = "Vườn thử nghiệm" },
            new() { Step = OcopCatalogue.Core.Traceability.TraceStep.Packing, On = new DateOnly(2025, 5, 1), ByWhom = "Xưởng thử nghiệm" },
        ],
    };

    public static Certificate Rated(decimal score, DateOnly? decided, string? decisionNumber = null) => new()
    {
        Id = Guid.NewGuid(),
        Score = score,
        Level = IssuingLevel.DistrictOrCity,
        DecisionDate = decided,
        DecisionNumber = decisionNumber,
    };

    public static Certificate Proposed(decimal score) => new()
    {
        Id = Guid.NewGuid(),
        Score = score,
        IsProposed = true,
    };

    public static Certificate Revoked(decimal score, DateOnly decided, DateOnly revokedOn) => new()
    {
        Id = Guid.NewGuid(),
        Score = score,
        DecisionDate = decided,
        IsRevoked = true,
        RevokedOn = revokedOn,
    };

    /// <summary>The source only says the certificate has expired, with stars but no dates.</summary>
    public static Certificate PublishedAsExpired(StarRating stars) => new()
    {
        Id = Guid.NewGuid(),
        PublishedStars = stars,
        PublishedAsExpired = true,
    };

    public static SalesPoint SalesPoint(string name, SalesPointKind kind = SalesPointKind.Showroom, PublicationState state = PublicationState.Published) => new()
    {
        Id = Guid.NewGuid(),
        Slug = Slug.From(name),
        Name = name,
        Kind = kind,
        Address = new PostalAddress { Street = "Số 2, đường Thử", CommuneOrWard = "phường Mỹ Long", Province = "An Giang" },
        State = state,
        UpdatedAt = Updated,
    };

    public static ContentPage Page(string slug, string title, string bodyHtml) => new()
    {
        Id = Guid.NewGuid(),
        Slug = slug,
        Title = title,
        BodyHtml = bodyHtml,
        UpdatedAt = Updated,
    };
}
