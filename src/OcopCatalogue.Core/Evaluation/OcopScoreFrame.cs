namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// What Decision 148/QĐ-TTg (24 February 2023) itself publishes about every score sheet: three parts worth 40, 25
/// and 35 points (100 in all), and the names of their sections. The criteria and their points are in its Annex III,
/// per product group and sub-group, and are not repeated here: a sheet file carries them with its source.
/// </summary>
public static class OcopScoreFrame
{
    public const decimal TotalPoints = 100m;

    public const string Source =
        "Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm, Điều 1 (phần, điểm và nhóm tiêu chí); tiêu chí từng nhóm, phân nhóm sản phẩm tại Phụ lục III";

    /// <summary>The parts in order, with the points the decision gives them and their sections' names.</summary>
    public static IReadOnlyList<CriteriaPart> Parts { get; } =
    [
        Part("A", "Sản phẩm và sức mạnh cộng đồng", "Product and community strength", 40m,
            ("A1", "Tổ chức sản xuất", "Organisation of production"),
            ("A2", "Phát triển sản phẩm", "Product development"),
            ("A3", "Sức mạnh cộng đồng", "Community strength")),
        Part("B", "Khả năng tiếp thị", "Marketing capacity", 25m,
            ("B1", "Tiếp thị", "Marketing"),
            ("B2", "Câu chuyện về sản phẩm", "The product's story")),
        Part("C", "Chất lượng sản phẩm", "Product quality", 35m,
            ("C1", "Chỉ tiêu cảm quan, dinh dưỡng, tính độc đáo của sản phẩm", "Sensory and nutritional qualities, uniqueness"),
            ("C2", "Tiêu chuẩn sản phẩm", "Product standards"),
            ("C3", "Khả năng xuất khẩu, phân phối tại thị trường quốc tế", "Export and distribution in international markets")),
    ];

    /// <summary>The points the decision gives a part, or null for a code that is not A, B or C.</summary>
    public static decimal? PointsOf(string? partCode) => Parts.FirstOrDefault(p => p.Code == partCode)?.MaxPoints;

    private static CriteriaPart Part(string code, string nameVi, string nameEn, decimal points, params (string Code, string Vi, string En)[] sections) =>
        new()
        {
            Code = code,
            NameVi = nameVi,
            NameEn = nameEn,
            MaxPoints = points,
            Sections = [.. sections.Select(s => new CriteriaSection { Code = s.Code, NameVi = s.Vi, NameEn = s.En })],
        };
}
