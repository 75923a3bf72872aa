using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>
/// Sales points with coordinates and hours, written into the site under test through its DbContext: the real
/// content (uSync/) publishes neither yet. Names and places are test fixtures; they stock real imported products.
/// </summary>
public static class TestSalesPoints
{
    public const string ChauDocSlug = "cua-hang-thu-chau-doc";
    public const string ChauDocName = "Cửa hàng thử Châu Đốc";
    public const string LongXuyenSlug = "diem-ban-thu-long-xuyen";
    /// <summary>A real imported product the Châu Đốc test shop stocks.</summary>
    public const string StockedAtChauDoc = "bap-non-dong-hop";

    public static Task SeedAsync(LiveSite site) => site.WithDbAsync(async db =>
    {
        var corn = await db.Products.SingleAsync(p => p.Slug == StockedAtChauDoc);
        var tea = await db.Products.SingleAsync(p => p.Slug == "tra-xa-den");
        db.SalesPoints.AddRange(
            Point(ChauDocSlug, ChauDocName, SalesPointKind.Shop, "thành phố Châu Đốc", 10.7010, 105.1170, corn),
            Point(LongXuyenSlug, "Điểm bán thử Long Xuyên", SalesPointKind.Showroom, "thành phố Long Xuyên", 10.3860, 105.4350, tea),
            Point("cho-dem-thu-tan-chau", "Chợ đêm thử Tân Châu", SalesPointKind.MarketStall, "thị xã Tân Châu", 10.8020, 105.2380, tea));
        await db.SaveChangesAsync();
    });

    private static SalesPoint Point(string slug, string name, SalesPointKind kind, string district, double lat, double lon, Product stocks) => new()
    {
        Id = Guid.NewGuid(),
        Slug = slug,
        Name = name,
        Kind = kind,
        Address = new PostalAddress { District = district, Province = "An Giang" },
        Latitude = lat,
        Longitude = lon,
        Schedule = new OpeningSchedule
        {
            Weekly = [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, new TimeOnly(7, 0), new TimeOnly(19, 0)))],
        },
        LastVerified = new DateOnly(2025, 5, 1),
        Products = [stocks],
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
