namespace OcopCatalogue.Core.Catalogue;

/// <summary>
/// Reference data: the sub-groups (nhóm) of each OCOP product group in the classification annex of
/// Decision 148/QĐ-TTg (2023). Codes are "group.position" in the decision's order and are the stable keys
/// used in uSync files. The decision splits some of these further (phân nhóm a, b, …), which the catalogue
/// does not need. English names are our own translation.
/// </summary>
public static class OcopSubGroups
{
    public static IReadOnlyList<OcopSubGroup> All { get; } =
    [
        new("1.1", OcopGroup.Food, "Thực phẩm tươi sống", "Fresh food"),
        new("1.2", OcopGroup.Food, "Thực phẩm thô, sơ chế", "Raw and minimally processed food"),
        new("1.3", OcopGroup.Food, "Thực phẩm chế biến", "Processed food"),
        new("1.4", OcopGroup.Food, "Gia vị", "Condiments and spices"),
        new("1.5", OcopGroup.Food, "Chè", "Tea"),
        new("1.6", OcopGroup.Food, "Cà phê, ca cao", "Coffee and cocoa"),
        new("2.1", OcopGroup.Drinks, "Đồ uống có cồn", "Alcoholic drinks"),
        new("2.2", OcopGroup.Drinks, "Đồ uống không cồn", "Non-alcoholic drinks"),
        new("3.1", OcopGroup.Herbal, "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", "Functional foods, herbal and traditional medicines"),
        new("3.2", OcopGroup.Herbal, "Mỹ phẩm có thành phần từ dược liệu", "Cosmetics with herbal ingredients"),
        new("3.3", OcopGroup.Herbal, "Tinh dầu và dược liệu khác", "Essential oils and other herbal materials"),
        new("4.1", OcopGroup.Handicrafts, "Thủ công mỹ nghệ gia dụng, trang trí", "Household and decorative handicrafts"),
        new("4.2", OcopGroup.Handicrafts, "Vải, may mặc", "Textiles and garments"),
        new("5.1", OcopGroup.OrnamentalPlantsAndAnimals, "Hoa", "Flowers"),
        new("5.2", OcopGroup.OrnamentalPlantsAndAnimals, "Cây cảnh", "Ornamental plants"),
        new("5.3", OcopGroup.OrnamentalPlantsAndAnimals, "Động vật cảnh", "Ornamental animals"),
        new("6.1", OcopGroup.CommunityTourism, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community tourism, eco-tourism and tourist sites"),
    ];

    public static OcopSubGroup? Find(string? code) => All.FirstOrDefault(s => s.Code == code);

    public static IEnumerable<OcopSubGroup> Of(OcopGroup group) => All.Where(s => s.Group == group);
}
