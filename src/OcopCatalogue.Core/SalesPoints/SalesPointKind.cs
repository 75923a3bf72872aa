namespace OcopCatalogue.Core.SalesPoints;

/// <summary>Kinds of OCOP sales point (điểm giới thiệu và bán sản phẩm OCOP).</summary>
public enum SalesPointKind
{
    Showroom = 1,
    Shop = 2,
    MarketStall = 3,
    Supermarket = 4,
    Fair = 5,
}
