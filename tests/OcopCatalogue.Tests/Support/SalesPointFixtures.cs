using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// Test sales points with coordinates, schedules and verification dates, written through the DbContext. Names,
/// places and hours are fixtures, not published facts (uSync/ holds those, and leaves unknown hours empty).
/// </summary>
public sealed class SalesPointFixtures
{
    private static readonly DayOfWeek[] MondayToSaturday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    public Product Cake { get; } = Loose("Bánh pía thử nghiệm", OcopGroup.Food);
    public Product Tea { get; } = Loose("Trà thử nghiệm Châu Đốc", OcopGroup.Drinks);

    /// <summary>Monday–Saturday 07:30–17:00, closed for Tết 2026; verified 01/05/2025. Stocks the cake.</summary>
    public SalesPoint LongXuyen { get; } = Point("Điểm bán thử Long Xuyên", SalesPointKind.Showroom, "thành phố Long Xuyên", 10.3860, 105.4350);
    /// <summary>Daily 06:00–18:00; verified in 2023, so stale. Stocks the tea.</summary>
    public SalesPoint ChauDoc { get; } = Point("Cửa hàng thử Châu Đốc", SalesPointKind.Shop, "thành phố Châu Đốc", 10.7010, 105.1170);
    /// <summary>A night market, Friday–Sunday 18:00–02:00; never verified. Stocks the cake.</summary>
    public SalesPoint TanChau { get; } = Point("Chợ đêm thử Tân Châu", SalesPointKind.MarketStall, "thị xã Tân Châu", 10.8020, 105.2380);
    /// <summary>No coordinates and no hours. Stocks the tea.</summary>
    public SalesPoint ChoMoi { get; } = Point("Hội chợ thử Chợ Mới", SalesPointKind.Fair, "huyện Chợ Mới", null, null);

    public IReadOnlyList<SalesPoint> All => [ChauDoc, TanChau, ChoMoi, LongXuyen];

    public static async Task<SalesPointFixtures> SeedAsync(OcopWebFactory factory)
    {
        var fixtures = new SalesPointFixtures();
        fixtures.Fill();
        await factory.SaveAsync(fixtures.Cake, fixtures.Tea, fixtures.LongXuyen, fixtures.ChauDoc, fixtures.TanChau, fixtures.ChoMoi);
        return fixtures;
    }

    private void Fill()
    {
        LongXuyen.Schedule = new OpeningSchedule
        {
            Weekly = [.. MondayToSaturday.Select(d => new WeeklyOpening(d, new TimeOnly(7, 30), new TimeOnly(17, 0)))],
            Exceptions = [new DatedHours { From = new DateOnly(2026, 2, 15), To = new DateOnly(2026, 2, 20), Note = "Nghỉ Tết thử nghiệm" }],
        };
        LongXuyen.LastVerified = new DateOnly(2025, 5, 1);
        LongXuyen.Phone = "0296 000 0000";
        LongXuyen.Products.Add(Cake);

        ChauDoc.Schedule = new OpeningSchedule
        {
            Weekly = [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, new TimeOnly(6, 0), new TimeOnly(18, 0)))],
        };
        ChauDoc.LastVerified = new DateOnly(2023, 1, 10);
        ChauDoc.Products.Add(Tea);

        TanChau.Schedule = new OpeningSchedule
        {
            Weekly = [.. new[] { DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }.Select(d => new WeeklyOpening(d, new TimeOnly(18, 0), new TimeOnly(2, 0)))],
        };
        TanChau.Products.Add(Cake);

        ChoMoi.Products.Add(Tea);
    }

    private static Product Loose(string name, OcopGroup group)
    {
        var product = Product(name, null, group);
        product.OriginProvince = "An Giang";
        return product;
    }

    private static SalesPoint Point(string name, SalesPointKind kind, string district, double? latitude, double? longitude)
    {
        var point = SalesPoint(name, kind);
        point.Address.District = district;
        point.Latitude = latitude;
        point.Longitude = longitude;
        return point;
    }
}
