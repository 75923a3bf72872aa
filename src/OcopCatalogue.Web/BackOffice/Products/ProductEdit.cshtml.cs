using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Overview;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Statistics;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>A new product (<c>/backoffice/san-pham/moi</c>) or an existing one by id: the form, and the workflow's buttons.</summary>
public sealed class ProductEditModel(EditPageServices services, ProductContent products, OcopDbContext db, GalleryPhotos photos, ScansPerDay scans)
    : ContentEditPage<ProductForm, ProductFile>(services, products)
{
    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> SalesPointChoices { get; private set; } = [];
    public bool ProducerOptional { get; private set; }

    /// <summary>Ready library photos a gallery row can choose, newest first, with a small thumbnail each.</summary>
    public IReadOnlyList<GalleryChoice> MediaChoices { get; private set; } = [];

    /// <summary>The product's scans per day over the last 90 days (all its batches); null for a new product.</summary>
    public BarChart? Scans { get; private set; }

    protected override string NewTitleKey => "Product.New";

    protected override IReadOnlyList<(string FileProperty, string FormProperty)> FileFields { get; } =
    [
        (nameof(ProductFile.Slug), nameof(ProductForm.Slug)),
        (nameof(ProductFile.Gtin), nameof(ProductForm.Gtin)),
        (nameof(ProductFile.Producer), nameof(ProductForm.ProducerId)),
        (nameof(ProductFile.SalesPoints), nameof(ProductForm.SalesPoints)),
    ];

    /// <summary>A new product starts with the producer already chosen when this person may choose only one.</summary>
    protected override ProductForm NewForm() => new()
    {
        Group = nameof(OcopGroup.Food),
        ProducerId = Producers.Count == 1 && !ProducerOptional ? Producers[0].Id.ToString() : null,
    };

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        Producers = [.. producers.Where(p => scope.Allows(p.Id)).Select(p => (p.Id, p.Name))];
        ProducerOptional = !scope.IsLimited;
        var points = await db.SalesPoints.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        SalesPointChoices = [.. points.Select(s => (s.Id, s.Name))];
        MediaChoices = await photos.OfferedToAsync(User, cancellationToken);
        if (Id is { } id && Entry is not null)
        {
            var days = await scans.LastDaysAsync(producers: null, productId: id, cancellationToken);
            Scans = ScanChart.For(days, "luot-quet-san-pham", Text["Product.ScansTitle", ScansPerDay.Days], Text);
        }
    }

    protected override Task<ProductFile> ToFileAsync(ProductFile original, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Form.ToFile(original));

    /// <summary>
    /// Each gallery key must name a Ready library photo (not one still processing, failed or deleted), and a photo by
    /// path may only be one the product already had: the form cannot point the site at an arbitrary address.
    /// </summary>
    protected override async Task CheckFormAsync(ProductFile original, CancellationToken cancellationToken)
    {
        var problems = await photos.ProblemsAsync(User, Form.Gallery.Select(g => g.MediaKey).OfType<Guid>(), cancellationToken);
        var knownPaths = original.Images.Where(i => i.Media is null).Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (photo, index) in Form.Gallery.Select((g, i) => (g, i)).Where(g => !g.g.IsBlank))
        {
            var field = $"{nameof(Form)}.{nameof(ProductForm.Gallery)}[{index}].{nameof(GalleryRow.Media)}";
            var problem = photo.MediaKey is { } media ? problems.GetValueOrDefault(media)
                : !string.IsNullOrWhiteSpace(photo.Path) && !knownPaths.Contains(photo.Path.Trim()) ? "Product.Gallery.MediaRequired"
                : null;
            if (problem is not null && !(ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0))
            {
                ModelState.AddModelError(field, Text[problem]);
            }
        }
    }

    protected override async Task AddFormChoicesAsync(CancellationToken cancellationToken) =>
        MediaChoices = await photos.WithChosenAsync(MediaChoices, Form.Gallery.Select(g => g.MediaKey).OfType<Guid>(), cancellationToken);
}
