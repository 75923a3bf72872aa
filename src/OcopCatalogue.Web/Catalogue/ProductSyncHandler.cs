using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
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
        var findings = USyncChecks.Identity(file.Key, file.Slug, "name", file.Name, 200)
            .Concat(USyncChecks.Defined("group", file.Group))
            .Concat(SubGroup(file.Group, file.SubGroupCode))
            .Concat(Origin(file))
            .Concat(ProductCodes(file.Gtin, file.TraceCode))
            .Concat(USyncChecks.Length("originLocality", file.OriginLocality, 120))
            .Concat(USyncChecks.Length("originProvince", file.OriginProvince, 120))
            .Concat(USyncChecks.Length("shortDescription", file.ShortDescription, 500))
            .Concat(USyncChecks.Length("nameEn", file.NameEn, 200))
            .Concat(USyncChecks.Length("shortDescriptionEn", file.ShortDescriptionEn, 500))
            .Concat(USyncChecks.Length("ingredients", file.Ingredients, 2000))
            .Concat(USyncChecks.Length("packaging", file.Packaging, 500))
            .Concat(USyncChecks.Length("shelfLife", file.ShelfLife, 200))
            .Concat(USyncChecks.Length("source", file.Source, 500))
            .Concat(SalesPointKeys(file.SalesPoints))
            .Concat(OnlineShops(file.OnlineShops))
            .Concat(Images(file.Images))
            .Concat(USyncChecks.Defined("state", file.State));
        return findings.ToList();
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

    private static IEnumerable<(string, string)> SubGroup(OcopGroup group, string? code)
    {
        if (code is null)
        {
            yield break;
        }

        var subGroup = OcopSubGroups.Find(code);
        if (subGroup is null)
        {
            yield return ("subGroupCode", $"subGroupCode '{code}' is not a sub-group of Decision 148 (for example '1.3').");
        }
        else if (subGroup.Group != group)
        {
            yield return ("subGroupCode", $"subGroupCode '{code}' belongs to group {subGroup.Group}, not {group}.");
        }
    }

    private static IEnumerable<(string, string)> Origin(ProductFile f)
    {
        if (f.Producer is null && string.IsNullOrWhiteSpace(f.OriginProvince))
        {
            yield return ("originProvince", "originProvince is missing: a product without a producer needs its place of origin.");
        }
    }

    private static IEnumerable<(string, string)> ProductCodes(string? gtin, string? traceCode)
    {
        if (gtin is not null)
        {
            var normal = Gtin.Normalise(gtin, out var reason);
            if (normal is null)
            {
                yield return ("gtin", $"gtin is not valid: {reason}");
            }
            else if (normal != gtin)
            {
                yield return ("gtin", $"gtin '{gtin}' is not written in 14 digits; write {normal}.");
            }
        }

        if (traceCode is not null && !TraceCode.IsWellFormed(traceCode))
        {
            yield return ("traceCode", $"traceCode '{traceCode}' is not {TraceCode.Length} characters of {TraceCode.Alphabet}.");
        }
    }

    private static IEnumerable<(string, string)> SalesPointKeys(IReadOnlyList<Guid> keys)
    {
        if (keys.Contains(Guid.Empty))
        {
            yield return ("salesPoints", "salesPoints holds an empty key.");
        }

        if (keys.Distinct().Count() != keys.Count)
        {
            yield return ("salesPoints", "salesPoints lists the same key twice.");
        }
    }

    private static IEnumerable<(string, string)> OnlineShops(IReadOnlyList<OnlineShopFile> shops)
    {
        foreach (var shop in shops)
        {
            if (string.IsNullOrWhiteSpace(shop.Label))
            {
                yield return ("onlineShops", "an online shop has no label.");
            }

            if (!USyncChecks.IsWebAddress(shop.Url))
            {
                yield return ("onlineShops", $"online shop url '{shop.Url}' is not an http or https address.");
            }
        }
    }

    private static IEnumerable<(string, string)> Images(IReadOnlyList<ProductImageFile> images)
    {
        foreach (var image in images)
        {
            // A media library image carries its own required alt text; an image by path must bring one.
            if (image.Media is null && string.IsNullOrWhiteSpace(image.Path))
            {
                yield return ("images", "an image has neither a path nor a media key.");
            }

            if (image.Media is null && string.IsNullOrWhiteSpace(image.Alt))
            {
                yield return ("images", $"image '{image.Path}' has no alt text; every photo needs one for screen readers.");
            }

            if (image.Media == Guid.Empty)
            {
                yield return ("images", "an image's media key is the empty GUID.");
            }
        }
    }
}
