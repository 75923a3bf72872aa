using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Catalogue;
using static OcopCatalogue.Tests.Core.Catalogue.ProducerRulesTests;

namespace OcopCatalogue.Tests.Core.Catalogue;

public sealed class ProductRulesTests
{
    private static readonly ProductFile Complete = new()
    {
        Key = Guid.NewGuid(),
        Slug = "tra-xa-den",
        Name = "Trà Xạ đen",
        Producer = Guid.NewGuid(),
        Group = OcopGroup.Drinks,
        SubGroupCode = "2.2",
        Gtin = "08935049500018",
        ShortDescription = "Trà túi lọc.",
        OnlineShops = [new OnlineShopFile { Label = "Shopee", Url = "https://shopee.vn/tra-xa-den" }],
        Images = [new ProductImageFile { Path = "images/tra.jpg", Alt = "Hộp trà" }, new ProductImageFile { Media = Guid.NewGuid() }],
    };

    [Test]
    public void A_complete_product_passes() =>
        Assert.That(ProductRules.Check(Complete), Is.Empty);

    [Test]
    public void Product_name_longer_than_200_characters_is_refused() =>
        Assert.That(ProductRules.Check(Complete with { Name = new string('a', 201) }),
            Is.EqualTo(new[] { new FieldProblem("Name", FieldMessage.TooLong, 200, 201) }).Using<FieldProblem>(Same));

    [Test]
    public void Ingredients_longer_than_2000_characters_are_refused() =>
        Assert.That(Fields(ProductRules.Check(Complete with { Ingredients = new string('a', 2001) })),
            Is.EqualTo(new[] { ("Ingredients", FieldMessage.TooLong) }));

    [Test]
    public void Product_without_a_producer_needs_a_province_of_origin()
    {
        Assert.That(Fields(ProductRules.Check(Complete with { Producer = null })), Is.EqualTo(new[] { ("OriginProvince", ProductRules.OriginNeeded) }));
        Assert.That(ProductRules.Check(Complete with { Producer = null, OriginProvince = "Lâm Đồng" }), Is.Empty);
    }

    [Test]
    public void Sub_group_of_another_group_is_refused()
    {
        var problem = ProductRules.Check(Complete with { Group = OcopGroup.Food }).Single();
        Assert.That((problem.Field, problem.MessageKey), Is.EqualTo(("SubGroupCode", ProductRules.SubGroupOfAnotherGroup)));
        Assert.That(problem.Arguments, Is.EqualTo(new object[] { "2.2", OcopGroup.Drinks, OcopGroup.Food }));
    }

    [Test]
    public void Sub_group_Decision_148_does_not_have_is_refused() =>
        Assert.That(Fields(ProductRules.Check(Complete with { SubGroupCode = "9.9" })), Is.EqualTo(new[] { ("SubGroupCode", ProductRules.SubGroupUnknown) }));

    [Test]
    public void Gtin_with_a_wrong_check_digit_is_refused() =>
        Assert.That(Fields(ProductRules.Check(Complete with { Gtin = "08935049500019" })), Is.EqualTo(new[] { ("Gtin", ProductRules.GtinInvalid) }));

    [Test]
    public void Gtin_of_13_digits_is_asked_for_in_14()
    {
        var problem = ProductRules.Check(Complete with { Gtin = "8935049500018" }).Single();
        Assert.That((problem.MessageKey, problem.Arguments[1]), Is.EqualTo((ProductRules.GtinNotCanonical, (object)"08935049500018")));
    }

    [Test]
    public void Online_shop_without_a_label_or_a_web_address_is_refused_at_its_row() =>
        Assert.That(Fields(ProductRules.Check(Complete with { OnlineShops = [Complete.OnlineShops[0], new OnlineShopFile { Label = " ", Url = "shopee.vn" }] })),
            Is.EqualTo(new[] { ("OnlineShops[1].Label", FieldMessage.Required), ("OnlineShops[1].Url", FieldMessage.WebAddress) }));

    [Test]
    public void Image_by_path_needs_alt_text_but_a_library_image_brings_its_own() =>
        Assert.That(Fields(ProductRules.Check(Complete with { Images = [new ProductImageFile { Media = Guid.NewGuid() }, new ProductImageFile { Path = "images/a.jpg" }] })),
            Is.EqualTo(new[] { ("Images[1].Alt", ProductRules.Photos.AltMissing) }));

    [Test]
    public void Image_with_neither_a_path_nor_a_library_photo_is_refused() =>
        Assert.That(Fields(ProductRules.Check(Complete with { Images = [new ProductImageFile { Alt = "Hộp trà" }] })),
            Is.EqualTo(new[] { ("Images[0].Path", ProductRules.Photos.Missing) }));

    [Test]
    public void Sales_point_listed_twice_is_refused()
    {
        var point = Guid.NewGuid();
        Assert.That(Fields(ProductRules.Check(Complete with { SalesPoints = [point, point] })), Is.EqualTo(new[] { ("SalesPoints", ProductRules.SalesPointTwice) }));
    }
}
