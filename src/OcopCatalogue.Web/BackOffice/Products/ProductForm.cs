using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>
/// The product edit form, every field a string as typed, so a wrong value comes back to the writer unchanged with a
/// message beside it rather than lost to model binding. <see cref="ToFile"/> turns it into the product's uSync file.
/// </summary>
public sealed class ProductForm : NamedForm, IEditForm<ProductForm, ProductFile>, IRowForm
{
    /// <summary>The gallery's name in row buttons (<see cref="OcopCatalogue.Web.BackOffice.Editing.RowAction"/>).</summary>
    public const string GalleryList = "gallery";

    /// <summary>Longest alt text a gallery row may give, as the media library allows.</summary>
    public const int MaxAltLength = OcopCatalogue.Web.Media.MediaLibrary.MaxAltLength;

    public string? Group { get; set; }
    public string? SubGroupCode { get; set; }
    public string? ProducerId { get; set; }
    public string? OriginLocality { get; set; }
    public string? OriginProvince { get; set; }
    public string? OriginCurrentCommuneOrWard { get; set; }
    public string? OriginCurrentProvince { get; set; }
    public string? Gtin { get; set; }
    public string? ShortDescription { get; set; }
    public string? ShortDescriptionEn { get; set; }
    public string? StoryHtml { get; set; }
    public string? StoryHtmlEn { get; set; }
    public string? Ingredients { get; set; }
    public string? Packaging { get; set; }
    public string? ShelfLife { get; set; }
    public string? Source { get; set; }
    public List<OnlineShopRow> OnlineShops { get; set; } = [];
    public List<string> SalesPoints { get; set; } = [];
    /// <summary>The photos in display order, the first being the product's main photo.</summary>
    public List<GalleryRow> Gallery { get; set; } = [];

    public static ProductForm From(ProductFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var form = new ProductForm
        {
            Group = file.Group.ToString(),
            SubGroupCode = file.SubGroupCode,
            ProducerId = file.Producer?.ToString(),
            OriginLocality = file.OriginLocality,
            OriginProvince = file.OriginProvince,
            OriginCurrentCommuneOrWard = file.OriginCurrentCommuneOrWard,
            OriginCurrentProvince = file.OriginCurrentProvince,
            Gtin = file.Gtin,
            ShortDescription = file.ShortDescription,
            ShortDescriptionEn = file.ShortDescriptionEn,
            StoryHtml = file.StoryHtml,
            StoryHtmlEn = file.StoryHtmlEn,
            Ingredients = file.Ingredients,
            Packaging = file.Packaging,
            ShelfLife = file.ShelfLife,
            Source = file.Source,
            OnlineShops = [.. file.OnlineShops.Select(o => new OnlineShopRow { Label = o.Label, Url = o.Url })],
            SalesPoints = [.. file.SalesPoints.Select(s => s.ToString())],
            Gallery = [.. file.Images.Select(i => new GalleryRow { Media = i.Media?.ToString(), Path = i.Media is null ? i.Path : null, Alt = i.Alt })],
        };
        form.ShowNames(file.Name, file.NameEn, file.Slug);
        return form;
    }

    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    public bool Apply(OcopCatalogue.Web.BackOffice.Editing.RowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.ApplyTo(GalleryList, Gallery);
    }

    /// <summary>Stories as the store keeps them (editor markup converted and sanitised); done first on every post,
    /// so even a form sent back with errors never shows unsanitised HTML.</summary>
    public void CleanRichText()
    {
        StoryHtml = FormText.StoredRichText(StoryHtml);
        StoryHtmlEn = FormText.StoredRichText(StoryHtmlEn);
    }

    /// <summary>What is wrong with the form on its own, before the store is asked (a slug in use is the workflow's to find).</summary>
    public IReadOnlyList<FormProblem> Problems() => Read(new ProductFile(), out _);

    /// <summary>The file the form describes, keeping what the form does not edit (key, trace code) from <paramref name="original"/>.
    /// Call only when <see cref="Problems"/> is empty.</summary>
    public ProductFile ToFile(ProductFile original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Read(original, out var file);
        return file;
    }

    /// <summary>The values typed, read into the file they describe and checked by the product's rules.</summary>
    private List<FormProblem> Read(ProductFile original, out ProductFile file)
    {
        var problems = new List<FormProblem>();
        var group = FormText.Choice<OcopGroup>(problems, nameof(Group), Group, FieldMessage.Required);
        if (!string.IsNullOrWhiteSpace(ProducerId) && !Guid.TryParse(ProducerId, out _))
        {
            problems.Add(new(nameof(ProducerId), "Workflow.Problem.UnknownProducer"));
        }

        if (SalesPoints.Any(s => !Guid.TryParse(s, out _)))
        {
            problems.Add(new(nameof(SalesPoints), ProductRules.SalesPointUnknown));
        }

        var shops = FormText.Filled(OnlineShops, s => s.IsBlank);
        var photos = FormText.Filled(Gallery, g => g.IsBlank);
        foreach (var (photo, index) in photos.Where(p => !string.IsNullOrWhiteSpace(p.Row.Media) && p.Row.MediaKey is null))
        {
            problems.Add(new(FieldPath.Row(nameof(Gallery), index, nameof(GalleryRow.Media)), "Product.Gallery.MediaUnknown"));
        }

        var gtin = FormText.Blank(Gtin);
        var story = FormText.Blank(StoryHtml);
        file = original with
        {
            Slug = WantedSlug(),
            Name = FormText.Blank(Name) ?? "",
            NameEn = FormText.Blank(NameEn),
            Group = group ?? default,
            SubGroupCode = FormText.Blank(SubGroupCode),
            Producer = Guid.TryParse(ProducerId, out var producer) ? producer : null,
            OriginLocality = FormText.Blank(OriginLocality),
            OriginProvince = FormText.Blank(OriginProvince),
            OriginCurrentCommuneOrWard = FormText.Blank(OriginCurrentCommuneOrWard),
            OriginCurrentProvince = FormText.Blank(OriginCurrentProvince),
            Gtin = gtin is null ? null : OcopCatalogue.Core.Traceability.Gtin.Normalise(gtin, out _) ?? gtin,
            ShortDescription = FormText.Blank(ShortDescription),
            ShortDescriptionEn = FormText.Blank(ShortDescriptionEn),
            StoryHtml = story,
            // A story staff have rewritten is theirs, no longer the demo's sample text.
            StoryIsSample = original.StoryIsSample && story == original.StoryHtml,
            StoryHtmlEn = FormText.Blank(StoryHtmlEn),
            Ingredients = FormText.Blank(Ingredients),
            Packaging = FormText.Blank(Packaging),
            ShelfLife = FormText.Blank(ShelfLife),
            Source = FormText.Blank(Source),
            OnlineShops = [.. shops.Select(s => new OnlineShopFile { Label = FormText.Blank(s.Row.Label) ?? "", Url = FormText.Blank(s.Row.Url) ?? "" })],
            SalesPoints = [.. SalesPoints.Select(s => Guid.TryParse(s, out var key) ? key : (Guid?)null).OfType<Guid>().Distinct().Order()],
            Images = [.. photos.Select(p => p.Row.MediaKey is { } media
                ? new ProductImageFile { Media = media, Alt = FormText.Blank(p.Row.Alt) ?? "" }
                : new ProductImageFile { Path = FormText.Blank(p.Row.Path) ?? "", Alt = FormText.Blank(p.Row.Alt) ?? "" })],
        };
        var shopRows = shops.ConvertAll(s => s.Index);
        var photoRows = photos.ConvertAll(p => p.Index);
        FormText.Findings(problems, ProductRules.Check(file), field => GalleryField(FormText.Row(
            FormText.Row(field, nameof(file.OnlineShops), shopRows, nameof(OnlineShops)), nameof(file.Images), photoRows, nameof(Gallery))));
        foreach (var (photo, index) in photos)
        {
            FormText.Length(problems, FieldPath.Row(nameof(Gallery), index, nameof(GalleryRow.Alt)), photo.Alt, MaxAltLength);
        }

        FormText.Length(problems, nameof(Note), Note, ContentVersion.MaxNoteLength);
        FormText.RichText(problems, nameof(StoryHtml), StoryHtml);
        FormText.RichText(problems, nameof(StoryHtmlEn), StoryHtmlEn);
        return problems;
    }

    /// <summary>A gallery row shows its photo, by media or by path, in one field.</summary>
    private static string GalleryField(string field) =>
        field.StartsWith(nameof(Gallery), StringComparison.Ordinal)
            ? field.Replace($".{nameof(GalleryRow.Path)}", $".{nameof(GalleryRow.Media)}", StringComparison.Ordinal)
            : field;
}
