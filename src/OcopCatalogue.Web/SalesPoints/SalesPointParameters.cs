using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>The sales point directory's query-string vocabulary: part of public URLs, so fixed here.</summary>
public static class SalesPointParameters
{
    public const string Path = "/diem-ban";
    public const string Locality = "dia-phuong";
    public const string Kind = "loai";
    public const string Group = "nhom";
    public const string Product = "san-pham";
    /// <summary>A locality key: sort by distance from that locality's centre.</summary>
    public const string Near = "gan";

    public static IReadOnlyDictionary<SalesPointKind, string> KindTokens { get; } = new Dictionary<SalesPointKind, string>
    {
        [SalesPointKind.Showroom] = "diem-gioi-thieu",
        [SalesPointKind.Shop] = "cua-hang",
        [SalesPointKind.MarketStall] = "quay-cho",
        [SalesPointKind.Supermarket] = "sieu-thi",
        [SalesPointKind.Fair] = "hoi-cho",
    };
}
