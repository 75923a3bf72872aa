using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>A product's field limits (its columns) and the checks its values must pass, wherever they come from.</summary>
public static class ProductRules
{
    public const int MaxNameLength = 200;
    public const int MaxGtinLength = Traceability.Gtin.Length;
    public const int MaxTraceCodeLength = Traceability.TraceCode.Length;
    public const int MaxSubGroupCodeLength = 10;
    public const int MaxOriginLocalityLength = 120;
    public const int MaxOriginProvinceLength = PlaceRules.MaxProvinceLength;
    public const int MaxShortDescriptionLength = 500;
    public const int MaxIngredientsLength = 2000;
    public const int MaxPackagingLength = 500;
    public const int MaxShelfLifeLength = 200;
    public const int MaxSourceLength = 500;

    /// <summary>A sub-group code that Decision 148 does not have: {0} the code.</summary>
    public const string SubGroupUnknown = "Product.Error.SubGroupUnknown";

    /// <summary>A sub-group of another group: {0} the code, {1} its group, {2} the product's group.</summary>
    public const string SubGroupOfAnotherGroup = "Product.Error.SubGroupOfAnotherGroup";

    /// <summary>Neither a producer nor a province of origin.</summary>
    public const string OriginNeeded = "Product.Error.OriginNeeded";

    /// <summary>Not a GTIN: {0} why.</summary>
    public const string GtinInvalid = "Product.Error.Gtin";

    /// <summary>A GTIN not written in its 14 digits: {0} as given, {1} in 14 digits.</summary>
    public const string GtinNotCanonical = "Product.Error.GtinNotCanonical";

    /// <summary>Not a trace code: {0} the code, {1} its length, {2} its alphabet.</summary>
    public const string TraceCodeMalformed = "Product.Error.TraceCode";

    /// <summary>The empty key among the sales points.</summary>
    public const string SalesPointUnknown = "Workflow.Problem.UnknownSalesPoint";

    /// <summary>A sales point listed twice.</summary>
    public const string SalesPointTwice = "Product.Error.SalesPointTwice";

    /// <summary>How a product's photo problems are worded.</summary>
    public static PhotoMessages Photos { get; } = new("Product.Gallery.MediaRequired", FieldMessage.Required, "Product.Gallery.MediaUnknown");

    public static IReadOnlyList<FieldProblem> Check(IProductFields product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var problems = new List<FieldProblem>();
        FieldChecks.Slug(problems, nameof(product.Slug), product.Slug, product.Name);
        FieldChecks.Required(problems, nameof(product.Name), product.Name);
        FieldChecks.MaxLength(problems, nameof(product.Name), product.Name, MaxNameLength);
        FieldChecks.Defined(problems, nameof(product.Group), product.Group);
        SubGroup(problems, product.Group, product.SubGroupCode);
        if (product.Producer is null && string.IsNullOrWhiteSpace(product.OriginProvince))
        {
            problems.Add(new(nameof(product.OriginProvince), OriginNeeded));
        }

        Codes(problems, product.Gtin, product.TraceCode);
        FieldChecks.MaxLength(problems, nameof(product.OriginLocality), product.OriginLocality, MaxOriginLocalityLength);
        FieldChecks.MaxLength(problems, nameof(product.OriginProvince), product.OriginProvince, MaxOriginProvinceLength);
        AdministrativeUnits.Check(problems, null, product.OriginCurrentCommuneOrWard, product.OriginCurrentProvince,
            nameof(product.OriginCurrentCommuneOrWard), nameof(product.OriginCurrentProvince));
        FieldChecks.MaxLength(problems, nameof(product.ShortDescription), product.ShortDescription, MaxShortDescriptionLength);
        FieldChecks.MaxLength(problems, nameof(product.NameEn), product.NameEn, MaxNameLength);
        FieldChecks.MaxLength(problems, nameof(product.ShortDescriptionEn), product.ShortDescriptionEn, MaxShortDescriptionLength);
        FieldChecks.MaxLength(problems, nameof(product.Ingredients), product.Ingredients, MaxIngredientsLength);
        FieldChecks.MaxLength(problems, nameof(product.Packaging), product.Packaging, MaxPackagingLength);
        FieldChecks.MaxLength(problems, nameof(product.ShelfLife), product.ShelfLife, MaxShelfLifeLength);
        FieldChecks.MaxLength(problems, nameof(product.Source), product.Source, MaxSourceLength);
        SalesPoints(problems, product.SalesPoints);
        OnlineShops(problems, product.OnlineShops);
        PhotoRules.Check(problems, nameof(product.Images), product.Images, Photos);
        return problems;
    }

    private static void SubGroup(List<FieldProblem> problems, OcopGroup group, string? code)
    {
        if (code is null)
        {
            return;
        }

        if (OcopSubGroups.Find(code) is not { } subGroup)
        {
            problems.Add(new(nameof(IProductFields.SubGroupCode), SubGroupUnknown, code));
        }
        else if (subGroup.Group != group)
        {
            problems.Add(new(nameof(IProductFields.SubGroupCode), SubGroupOfAnotherGroup, code, subGroup.Group, group));
        }
    }

    private static void Codes(List<FieldProblem> problems, string? gtin, string? traceCode)
    {
        if (gtin is not null)
        {
            var normal = Traceability.Gtin.Normalise(gtin, out var reason);
            if (normal is null)
            {
                problems.Add(new(nameof(IProductFields.Gtin), GtinInvalid, reason ?? ""));
            }
            else if (normal != gtin)
            {
                problems.Add(new(nameof(IProductFields.Gtin), GtinNotCanonical, gtin, normal));
            }
        }

        if (traceCode is not null && !Traceability.TraceCode.IsWellFormed(traceCode))
        {
            problems.Add(new(nameof(IProductFields.TraceCode), TraceCodeMalformed, traceCode, Traceability.TraceCode.Length, Traceability.TraceCode.Alphabet));
        }
    }

    private static void SalesPoints(List<FieldProblem> problems, IReadOnlyList<Guid> keys)
    {
        if (keys.Contains(Guid.Empty))
        {
            problems.Add(new(nameof(IProductFields.SalesPoints), SalesPointUnknown));
        }

        if (keys.Distinct().Count() != keys.Count)
        {
            problems.Add(new(nameof(IProductFields.SalesPoints), SalesPointTwice));
        }
    }

    private static void OnlineShops(List<FieldProblem> problems, IReadOnlyList<IOnlineShopFields> shops)
    {
        for (var i = 0; i < shops.Count; i++)
        {
            FieldChecks.Required(problems, FieldPath.Row(nameof(IProductFields.OnlineShops), i, nameof(IOnlineShopFields.Label)), shops[i].Label);
            if (!FieldChecks.IsWebAddress(shops[i].Url))
            {
                problems.Add(new(FieldPath.Row(nameof(IProductFields.OnlineShops), i, nameof(IOnlineShopFields.Url)), FieldMessage.WebAddress, shops[i].Url ?? ""));
            }
        }
    }
}
