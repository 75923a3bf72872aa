using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Content.RichText;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Products in uSync: <c>products/{slug}.json</c>, read after the producers and sales points they name. A product's
/// file lists the sales points that stock it, so that fact lives in one place.
/// </summary>
public sealed class ProductSyncHandler(OcopDbContext db, TimeProvider clock) : SluggedSyncHandler<ProductFile, Product>(db, clock)
{
    public const string FolderName = "products";

    public override ContentItemType Type => ContentItemType.Product;

    public override string Folder => FolderName;

    public override int ImportOrder => 300;

    /// <summary>The product's file; <see cref="Product.SalesPoints"/> must be loaded.</summary>
    public override ProductFile ToFile(Product entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Canonical(new ProductFile
        {
            Key = entity.Id,
            Slug = entity.Slug,
            Name = entity.Name,
            Gtin = entity.Gtin,
            TraceCode = entity.TraceCode,
            Producer = entity.ProducerId,
            OriginLocality = entity.OriginLocality,
            OriginProvince = entity.OriginProvince,
            OriginCurrentCommuneOrWard = entity.OriginCurrentCommuneOrWard,
            OriginCurrentProvince = entity.OriginCurrentProvince,
            Group = entity.Group,
            SubGroupCode = entity.SubGroupCode,
            ShortDescription = entity.ShortDescription,
            Ingredients = entity.Ingredients,
            Packaging = entity.Packaging,
            ShelfLife = entity.ShelfLife,
            Source = entity.Source,
            SalesPoints = [.. entity.SalesPoints.Select(s => s.Id)],
            OnlineShops = [.. entity.OnlineShops.Select(o => new OnlineShopFile { Label = o.Label, Url = o.Url })],
            Images = [.. entity.Images.OrderBy(i => i.Order).Select(i => new ProductImageFile { Path = i.Path, Alt = i.Alt, Media = i.MediaId })],
            StoryIsSample = entity.StoryIsSample,
            StoryHtml = entity.StoryHtml,
            NameEn = entity.NameEn,
            ShortDescriptionEn = entity.ShortDescriptionEn,
            StoryHtmlEn = entity.StoryHtmlEn,
            State = entity.State,
        });
    }

    /// <summary>Copies the file's fields; <see cref="ApplyAsync"/> also links the sales points.</summary>
    public override void Apply(ProductFile file, Product entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.Slug = file.Slug;
        entity.Name = file.Name;
        entity.Gtin = file.Gtin;
        entity.TraceCode = file.TraceCode;
        entity.ProducerId = file.Producer;
        entity.OriginLocality = file.OriginLocality;
        entity.OriginProvince = file.OriginProvince;
        entity.OriginCurrentCommuneOrWard = file.OriginCurrentCommuneOrWard;
        entity.OriginCurrentProvince = file.OriginCurrentProvince;
        entity.Group = file.Group;
        entity.SubGroupCode = file.SubGroupCode;
        entity.ShortDescription = file.ShortDescription;
        entity.Ingredients = file.Ingredients;
        entity.Packaging = file.Packaging;
        entity.ShelfLife = file.ShelfLife;
        entity.Source = file.Source;
        entity.OnlineShops = [.. file.OnlineShops.Select(o => new OnlineShopLink { Label = o.Label, Url = o.Url })];
        entity.Images = [.. file.Images.Select((i, index) => new ProductImage { Path = i.Path, Alt = i.Alt, MediaId = i.Media, Order = index + 1 })];
        entity.StoryIsSample = file.StoryIsSample;
        entity.StoryHtml = file.StoryHtml is null ? null : RichTextSanitizer.Sanitize(file.StoryHtml);
        entity.NameEn = file.NameEn;
        entity.ShortDescriptionEn = file.ShortDescriptionEn;
        entity.StoryHtmlEn = file.StoryHtmlEn is null ? null : RichTextSanitizer.Sanitize(file.StoryHtmlEn);
        entity.State = file.State;
    }

    /// <summary>Sales points in key order: the relation has no order of its own, so the file must not pretend to one.</summary>
    public override ProductFile Canonical(ProductFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file with { SalesPoints = [.. file.SalesPoints.Order()] };
    }

    /// <summary>The file's fields and its sales points; <paramref name="entity"/> must have them loaded.</summary>
    public override async Task ApplyAsync(ProductFile file, Product entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        Apply(file, entity);
        var wanted = file.SalesPoints;
        var salesPoints = await Db.SalesPoints.Where(s => wanted.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        // In place, so EF sees exactly which links were added and removed.
        entity.SalesPoints.RemoveAll(s => !wanted.Contains(s.Id));
        entity.SalesPoints.AddRange(salesPoints.Where(s => !entity.SalesPoints.Contains(s)));
    }

    public override IEnumerable<(string Property, string Message)> Check(ProductFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. USyncChecks.Key(file.Key), .. Findings(ProductRules.Check(file)), .. USyncChecks.State(file.State)];
    }

    protected override Guid KeyOf(ProductFile file) => file.Key;

    protected override string SlugOf(ProductFile file) => file.Slug;

    protected override IQueryable<Product> Query => Db.Products.Include(p => p.SalesPoints);

    /// <summary>The slug, then the codes no other product may share, then the producer and sales points named.</summary>
    protected override async Task<bool> CheckStoreAsync(IncomingFile file, ProductFile data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(data);
        if (!await base.CheckStoreAsync(file, data, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var codeOwner = await Db.Products
            .Where(p => p.Id != data.Key && ((data.Gtin != null && p.Gtin == data.Gtin) || (data.TraceCode != null && p.TraceCode == data.TraceCode)))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (codeOwner is { } other)
        {
            var usedBy = await DescribeAsync(other, cancellationToken).ConfigureAwait(false);
            file.Fail(data.Gtin is null ? "traceCode" : "gtin", data.Gtin is null
                ? $"traceCode '{data.TraceCode}' is already used by {usedBy}."
                : $"gtin {data.Gtin} (or this product's traceCode) is already used by {usedBy}.");
            return false;
        }

        if (data.Producer is { } producerKey
            && !await Db.Producers.AnyAsync(p => p.Id == producerKey, cancellationToken).ConfigureAwait(false))
        {
            file.Fail("producer", $"producer {producerKey} is not a known producer key; is its file in uSync/{ProducerSyncHandler.FolderName} and free of errors?");
            return false;
        }

        var wanted = data.SalesPoints;
        var known = await Db.SalesPoints.Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
        {
            file.Fail("salesPoints", $"salesPoints names unknown key(s) {string.Join(", ", unknown)}; is each file in uSync/{SalesPointSyncHandler.FolderName} and free of errors?");
            return false;
        }

        return true;
    }

    protected override string Describe(FieldProblem problem, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return problem.MessageKey switch
        {
            ProductRules.SubGroupUnknown => $"subGroupCode '{a[0]}' is not a sub-group of Decision 148 (for example '1.3').",
            ProductRules.SubGroupOfAnotherGroup => $"subGroupCode '{a[0]}' belongs to group {a[1]}, not {a[2]}.",
            ProductRules.OriginNeeded => "originProvince is missing: a product without a producer needs its place of origin.",
            ProductRules.GtinInvalid => $"gtin is not valid: {a[0]}",
            ProductRules.GtinNotCanonical => $"gtin '{a[0]}' is not written in 14 digits; write {a[1]}.",
            ProductRules.TraceCodeMalformed => $"traceCode '{a[0]}' is not {a[1]} characters of {a[2]}.",
            ProductRules.SalesPointUnknown => "salesPoints holds an empty key.",
            ProductRules.SalesPointTwice => "salesPoints lists the same key twice.",
            FieldMessage.Required when propertyPath == "onlineShops" => "an online shop has no label.",
            FieldMessage.WebAddress when propertyPath == "onlineShops" => $"online shop url '{a[0]}' is not an http or https address.",
            _ => USyncChecks.Photos(ProductRules.Photos, "images", "an", "image", problem, propertyPath) ?? base.Describe(problem, propertyPath),
        };
    }
}
