using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Media;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>A new product (<c>/backoffice/san-pham/moi</c>) or an existing one by id: the form, and the workflow's buttons.</summary>
public sealed class ProductEditModel(EditPageServices services, ProductContent products, OcopDbContext db, MediaLibrary library, MediaRenderer renderer)
    : ContentEditPage<ProductForm, ProductFile>(services, products)
{
    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> SalesPointChoices { get; private set; } = [];
    public bool ProducerOptional { get; private set; }

    /// <summary>Ready library photos a gallery row can choose, newest first, with a small thumbnail each.</summary>
    public IReadOnlyList<GalleryChoice> MediaChoices { get; private set; } = [];

    /// <summary>How many of the newest library photos the gallery's lists offer; older ones are chosen by key.</summary>
    public const int MediaChoiceLimit = 300;

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
        // The same rule as the library's own pages: a writer limited to producers is offered only their photos.
        var media = await library.VisibleTo(StaffMediaViewer.Of(User)).Where(m => m.State == MediaState.Ready)
            .OrderByDescending(m => m.UploadedAt).Take(MediaChoiceLimit).ToListAsync(cancellationToken);
        MediaChoices = [.. media.Select(Choice)];
    }

    protected override Task<ProductFile> ToFileAsync(ProductFile original, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Form.ToFile(original));

    /// <summary>
    /// Each gallery key must name a Ready library photo (not one still processing, failed or deleted), and a photo by
    /// path may only be one the product already had: the form cannot point the site at an arbitrary address.
    /// </summary>
    protected override async Task CheckFormAsync(ProductFile original, CancellationToken cancellationToken)
    {
        var keys = Form.Gallery.Select(g => g.MediaKey).OfType<Guid>().Distinct().ToList();
        // A photo the writer may not see is an unknown key to them, as on the library's pages.
        var states = await library.VisibleTo(StaffMediaViewer.Of(User)).Where(m => keys.Contains(m.Id))
            .Select(m => new { m.Id, m.State }).ToDictionaryAsync(m => m.Id, m => m.State, cancellationToken);
        var knownPaths = original.Images.Where(i => i.Media is null).Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (photo, index) in Form.Gallery.Select((g, i) => (g, i)).Where(g => !g.g.IsBlank))
        {
            var field = $"{nameof(Form)}.Gallery[{index}].Media";
            if (ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            if (photo.MediaKey is { } media)
            {
                if (!states.TryGetValue(media, out var state))
                {
                    ModelState.AddModelError(field, Text["Product.Gallery.MediaUnknown"]);
                }
                else if (state != MediaState.Ready)
                {
                    ModelState.AddModelError(field, Text["Product.Gallery.MediaNotReady"]);
                }
            }
            else if (!string.IsNullOrWhiteSpace(photo.Path) && !knownPaths.Contains(photo.Path.Trim()))
            {
                ModelState.AddModelError(field, Text["Product.Gallery.MediaRequired"]);
            }
        }
    }

    /// <summary>A chosen photo older than the lists' newest keeps its place in them, so the form shows it as chosen.</summary>
    protected override async Task AddFormChoicesAsync(CancellationToken cancellationToken)
    {
        var offered = MediaChoices.Select(c => c.Id).ToHashSet();
        var missing = Form.Gallery.Select(g => g.MediaKey).OfType<Guid>().Where(k => !offered.Contains(k)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var items = await db.MediaItems.AsNoTracking().Where(m => missing.Contains(m.Id) && m.State == MediaState.Ready).ToListAsync(cancellationToken);
        MediaChoices = [.. MediaChoices, .. items.Select(Choice)];
    }

    private GalleryChoice Choice(MediaItem item) =>
        new(item.Id, item.Alt, MediaUrls.Rendition(item.Id, renderer.WidthsFor(item.Width)[0], MediaFormat.Jpeg));
}
