namespace OcopCatalogue.Core.Catalogue;

/// <summary>Reference data: the sub-groups of each OCOP product group (Decision 148/QĐ-TTg, 2023).</summary>
public static class OcopSubGroups
{
    public static IReadOnlyList<OcopSubGroup> All { get; } =
    [
        // Filled from the decision's annex by the catalogue work; codes are stable keys used in uSync files.
        new("1.1", OcopGroup.Food, "Thực phẩm tươi sống", "Fresh food"),
    ];

    public static OcopSubGroup? Find(string? code) => All.FirstOrDefault(s => s.Code == code);

    public static IEnumerable<OcopSubGroup> Of(OcopGroup group) => All.Where(s => s.Group == group);
}
