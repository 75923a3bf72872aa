using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Media;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>A new product (<c>/backoffice/san-pham/moi</c>) or an existing one by id: the form, and the workflow's buttons.</summary>
public sealed class ProductEditModel(
    EditorialWorkflow workflow,
    ProductContent products,
    OcopDbContext db,
    MediaLibrary library,
    MediaRenderer renderer,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialEditPage(workflow, products, authorization, text)
{
    [BindProperty]
    public ProductForm Form { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Producers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> SalesPointChoices { get; private set; } = [];
    public bool ProducerOptional { get; private set; }

    /// <summary>Ready library photos a gallery row can choose, newest first, with a small thumbnail each.</summary>
    public IReadOnlyList<GalleryChoice> MediaChoices { get; private set; } = [];

    /// <summary>How many of the newest library photos the gallery's lists offer; older ones are chosen by key.</summary>
    public const int MediaChoiceLimit = 300;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        Form = Entry is null ? new ProductForm { Group = nameof(OcopGroup.Food) } : ProductForm.From(products.Read(Entry.WorkingSnapshot));
        if (Entry is null && Producers.Count == 1 && !ProducerOptional)
        {
            Form.ProducerId = Producers[0].Id.ToString();
        }

        await AddChosenMediaAsync(cancellationToken);
        return Page();
    }

    /// <summary>A gallery row button: the same form back with a photo added, removed or moved; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRowAsync(string key, string? row, CancellationToken cancellationToken)
    {
        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        // The fields are drawn from the form as it now is, not from what was posted for the old row positions.
        ModelState.Clear();
        if (RowAction.Parse(row) is { } action)
        {
            Form.Apply(action);
        }

        await AddChosenMediaAsync(cancellationToken);
        ViewData["Unsaved"] = true;
        return Page();
    }

    protected override async Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken)
    {
        // First, before anything can send the form back: stories as the store would keep them.
        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        // Refused before the form is checked, so someone who may not publish learns that first.
        if (intent == EditIntent.Publish && !MayPublish)
        {
            return Forbid();
        }

        AddProblems(Form.Problems(), nameof(Form));
        var id = Id ?? Guid.NewGuid();
        var original = Entry is null ? new ProductFile { Key = id, State = PublicationState.Draft } : products.Read(Entry.WorkingSnapshot);
        await CheckGalleryAsync(original, cancellationToken);
        if (!ModelState.IsValid)
        {
            await AddChosenMediaAsync(cancellationToken);
            return Page();
        }

        var file = Form.ToFile(original);
        AddFileProblems(products.Sync.Check(file));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await StoreAsync(id, products.Write(file), intent, Form.Note, FieldOf, cancellationToken);
    }

    /// <summary>Loads the item (404 when missing or out of scope) and the form's choices.</summary>
    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        var scope = StaffScope.From(User);
        ViewData["Title"] = Entry?.Item.Name ?? Text["Product.New"].Value;
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        Producers = [.. producers.Where(p => scope.Allows(p.Id)).Select(p => (p.Id, p.Name))];
        ProducerOptional = !scope.IsLimited;
        var points = await db.SalesPoints.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        SalesPointChoices = [.. points.Select(s => (s.Id, s.Name))];
        // The same rule as the library's own pages: a writer limited to producers is offered only their photos.
        var media = await library.VisibleTo(StaffMediaViewer.Of(User)).Where(m => m.State == MediaState.Ready)
            .OrderByDescending(m => m.UploadedAt).Take(MediaChoiceLimit).ToListAsync(cancellationToken);
        MediaChoices = [.. media.Select(Choice)];
        return null;
    }

    /// <summary>
    /// Each gallery key must name a Ready library photo (not one still processing, failed or deleted), and a photo by
    /// path may only be one the product already had: the form cannot point the site at an arbitrary address.
    /// </summary>
    private async Task CheckGalleryAsync(ProductFile original, CancellationToken cancellationToken)
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
    private async Task AddChosenMediaAsync(CancellationToken cancellationToken)
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

    private static string FieldOf(string property) => property switch
    {
        "slug" => "Form.Slug",
        "gtin" => "Form.Gtin",
        "producer" => "Form.ProducerId",
        "salesPoints" => "Form.SalesPoints",
        _ => "",
    };
}
