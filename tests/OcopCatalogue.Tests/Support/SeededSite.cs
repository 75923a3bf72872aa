using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Core.SalesPoints;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// One running site, shared by the public page tests, with a small catalogue covering every certificate
/// status on a fixed day (15/06/2025 in Vietnam). Started on first use; <see cref="SeededSiteTeardown"/> disposes it.
/// </summary>
public sealed class SeededSite : IDisposable
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    private static readonly Lazy<SeededSite> Shared = new(() => CreateAsync().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _emptyUSync;

    private SeededSite(string emptyUSync, OcopWebFactory factory)
    {
        _emptyUSync = emptyUSync;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public static SeededSite Instance => Shared.Value;

    public OcopWebFactory Factory { get; }
    public HttpClient Client { get; }

    public Producer Company { get; } = Producer("Công ty Thử nghiệm Rau Quả", ProducerKind.Company);
    public Producer Household { get; } = Producer("Hộ kinh doanh Thử nghiệm", ProducerKind.HouseholdBusiness, commune: "xã Mỹ Khánh");
    public Producer Cooperative { get; } = Producer("Hợp tác xã Thử nghiệm", ProducerKind.Cooperative, commune: "phường Long Khánh", district: null, province: "Đồng Nai");
    public Producer DraftProducer { get; } = Producer("Công ty Nháp", state: PublicationState.Draft);

    /// <summary>3★ 63,4, decided 01/12/2023: valid on <see cref="Today"/>.</summary>
    public Product Valid { get; private set; } = null!;
    /// <summary>4★ 85,2, decided 01/08/2022: 47 days left on <see cref="Today"/>.</summary>
    public Product Expiring { get; private set; } = null!;
    public Product Proposed { get; private set; } = null!;
    /// <summary>Published as expired, no dates.</summary>
    public Product ExpiredUndated { get; private set; } = null!;
    /// <summary>3★, decided 10/01/2021, expired 10/01/2024, with a newer proposal of 4★.</summary>
    public Product ExpiredWithProposal { get; private set; } = null!;
    public Product DateNotPublished { get; private set; } = null!;
    public Product Revoked { get; private set; } = null!;
    public Product Unrated { get; private set; } = null!;
    public Product FiveStars { get; private set; } = null!;
    public Product OfDraftProducer { get; private set; } = null!;
    /// <summary>A name that tries to close the JSON-LD script element.</summary>
    public Product Hostile { get; private set; } = null!;
    public Product Draft { get; private set; } = null!;

    /// <summary>One sample batch, lot "L1", of each product that has a GTIN.</summary>
    public Dictionary<Product, OcopCatalogue.Core.Traceability.TraceBatch> Batches { get; } = [];

    public SalesPoint Showroom { get; private set; } = null!;
    public SalesPoint Stall { get; private set; } = null!;
    public SalesPoint DraftPoint { get; private set; } = null!;
    public ContentPage About { get; private set; } = null!;

    /// <summary>Published products, the number the catalogue counts.</summary>
    public const int PublishedCount = 11;

    public static void DisposeShared()
    {
        if (Shared.IsValueCreated)
        {
            Shared.Value.Dispose();
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    private static async Task<SeededSite> CreateAsync()
    {
        var emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;
        var site = new SeededSite(emptyUSync, new OcopWebFactory(emptyUSync, FakeClock.OnVietnamDay(Today)));
        await site.SeedAsync();
        return site;
    }

    private async Task SeedAsync()
    {
        Valid = Product("Trà Xạ đen", Household, OcopGroup.Drinks, Rated(63.4m, new DateOnly(2023, 12, 1), "TEST-101/QĐ-UBND"));
        Valid.ShortDescription = "Trà thảo mộc sấy khô.";
        Valid.StoryHtml = "<p>Câu chuyện thử nghiệm về trà.</p>";
        Valid.StoryIsSample = true;
        Valid.Ingredients = "Lá xạ đen sấy khô";
        Valid.Packaging = "Túi giấy 100 g";
        Valid.ShelfLife = "12 tháng";
        Valid.Source = "Tài liệu thử nghiệm số 1";
        Valid.OnlineShops.Add(new OnlineShopLink { Label = "Gian hàng thử", Url = "https://shop.example/tra-xa-den" });
        Valid.OnlineShops.Add(new OnlineShopLink { Label = "Liên kết độc", Url = "javascript:alert(1)" });

        Expiring = Product("Bắp non đóng hộp", Company, OcopGroup.Food, Rated(85.2m, new DateOnly(2022, 8, 1), "TEST-102/QĐ-UBND"));
        // The one product translated into English (the English site's own text, not a fallback).
        Expiring.NameEn = "Canned baby corn";
        Expiring.ShortDescriptionEn = "Young corn cobs picked early and canned whole.";
        Proposed = Product("Thốt nốt đóng lon", Company, OcopGroup.Food, ContentSeed.Proposed(84.5m));
        ExpiredUndated = Product("Nấm thử nghiệm", Cooperative, OcopGroup.Herbal, PublishedAsExpired(StarRating.Three));
        ExpiredWithProposal = Product("Tranh lá bồ đề", Household, OcopGroup.Handicrafts,
            Rated(59.0m, new DateOnly(2021, 1, 10), "TEST-103/QĐ-UBND"), ContentSeed.Proposed(72m));
        DateNotPublished = Product("Sa tế thử nghiệm", Household, OcopGroup.Food, Rated(54.54m, null));
        Revoked = Product("Siro thử nghiệm", Company, OcopGroup.Drinks,
            ContentSeed.Revoked(50.7m, new DateOnly(2023, 1, 1), new DateOnly(2024, 5, 1)));
        Unrated = Product("Bưởi da xanh", null, OcopGroup.Food);
        Unrated.OriginLocality = "huyện Long Mỹ";
        Unrated.OriginProvince = "Hậu Giang";
        FiveStars = Product("Rượu thử nghiệm", Company, OcopGroup.Drinks, Rated(91m, new DateOnly(2024, 3, 1), "TEST-104/QĐ-UBND"));
        // No GTIN: its stamps use the short trace code.
        FiveStars.TraceCode = "k7m2p9x4qz";
        OfDraftProducer = Product("Bánh thử nghiệm", DraftProducer, OcopGroup.Food);
        Hostile = Product("Mứt </script><script>alert(1)</script> dâu", Household, OcopGroup.Food, Rated(60m, new DateOnly(2024, 1, 1)));
        Draft = Product("Sản phẩm nháp", Company, OcopGroup.Food, Rated(95m, new DateOnly(2024, 1, 1)));
        Draft.State = PublicationState.Draft;

        Showroom = SalesPoint("Điểm bán OCOP Thử nghiệm");
        Showroom.Latitude = 10.3759;
        Showroom.Longitude = 105.4185;
        Showroom.Products.AddRange([Valid, Expiring, Draft]);
        Stall = SalesPoint("Quầy chợ Thử nghiệm", SalesPointKind.MarketStall);
        Stall.OpeningHours = "7:00–17:00 hằng ngày";
        Stall.NameEn = "Test market stall";
        Stall.Products.Add(Valid);
        DraftPoint = SalesPoint("Điểm bán nháp", state: PublicationState.Draft);

        About = Page("gioi-thieu-ocop", "Giới thiệu chương trình OCOP", "<p>Nội dung giới thiệu thử nghiệm.</p>");

        var withGtins = new[] { Valid, Expiring, Proposed, ExpiredUndated, DateNotPublished, Revoked, Unrated };
        for (var i = 0; i < withGtins.Length; i++)
        {
            withGtins[i].Gtin = ContentSeed.ExampleGtin(i + 1);
            Batches[withGtins[i]] = ContentSeed.Batch(withGtins[i], "L1");
        }

        await Factory.SaveAsync(
            Company, Household, Cooperative, DraftProducer,
            Valid, Expiring, Proposed, ExpiredUndated, ExpiredWithProposal, DateNotPublished, Revoked, Unrated, FiveStars, OfDraftProducer, Hostile, Draft,
            Showroom, Stall, DraftPoint, About);
        await Factory.SaveAsync([.. Batches.Values]);
    }
}
