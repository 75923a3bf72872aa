using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>
/// The product edit form, every field a string as typed, so a wrong value comes back to the writer unchanged with a
/// message beside it rather than lost to model binding. <see cref="ToFile"/> turns it into the product's uSync file.
/// </summary>
public sealed class ProductForm : IEditForm<ProductForm, ProductFile>, IRowForm
{
    /// <summary>The gallery's name in row buttons (<see cref="OcopCatalogue.Web.BackOffice.Editing.RowAction"/>).</summary>
    public const string GalleryList = "gallery";

    /// <summary>Longest alt text a gallery row may give, as the media library allows.</summary>
    public const int MaxAltLength = OcopCatalogue.Web.Media.MediaLibrary.MaxAltLength;

    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Slug { get; set; }
    public string? Group { get; set; }
    public string? SubGroupCode { get; set; }
    public string? ProducerId { get; set; }
    public string? OriginLocality { get; set; }
    public string? OriginProvince { get; set; }
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
    /// <summary>A remark stored with the version ("new photos", "typo").</summary>
    public string? Note { get; set; }

    public static ProductForm From(ProductFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new ProductForm
        {
            Name = file.Name,
            NameEn = file.NameEn,
            Slug = file.Slug,
            Group = file.Group.ToString(),
            SubGroupCode = file.SubGroupCode,
            ProducerId = file.Producer?.ToString(),
            OriginLocality = file.OriginLocality,
            OriginProvince = file.OriginProvince,
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
    }

    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    public bool Apply(OcopCatalogue.Web.BackOffice.Editing.RowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.List != GalleryList)
        {
            return false;
        }

        action.ApplyTo(Gallery);
        return true;
    }

    /// <summary>Stories as the store keeps them (editor markup converted and sanitised); done first on every post,
    /// so even a form sent back with errors never shows unsanitised HTML.</summary>
    public void CleanRichText()
    {
        StoryHtml = FormText.StoredRichText(StoryHtml);
        StoryHtmlEn = FormText.StoredRichText(StoryHtmlEn);
    }

    /// <summary>What is wrong with the form on its own, before the store is asked (a slug in use is the workflow's to find).</summary>
    public IReadOnlyList<FormProblem> Problems()
    {
        var problems = new List<FormProblem>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(new("Name", "Editorial.Form.Required"));
        }

        Length(problems, "Name", Name, 200);
        Length(problems, "NameEn", NameEn, 200);
        var slug = EffectiveSlug();
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(slug))
        {
            problems.Add(new("Slug", "Editorial.Form.SlugMalformed", OcopCatalogue.Core.Text.Slug.From(string.IsNullOrWhiteSpace(Slug) ? Name : Slug)));
        }

        if (!Enum.TryParse<OcopGroup>(Group, out var group) || !Enum.IsDefined(group) || int.TryParse(Group, out _))
        {
            problems.Add(new("Group", "Editorial.Form.Required"));
        }
        else if (!string.IsNullOrWhiteSpace(SubGroupCode) && OcopSubGroups.Find(SubGroupCode) is not { } sub)
        {
            problems.Add(new("SubGroupCode", "Product.Error.SubGroupUnknown"));
        }
        else if (!string.IsNullOrWhiteSpace(SubGroupCode) && OcopSubGroups.Find(SubGroupCode)!.Group != group)
        {
            problems.Add(new("SubGroupCode", "Product.Error.SubGroupOfAnotherGroup"));
        }

        if (!string.IsNullOrWhiteSpace(ProducerId) && !Guid.TryParse(ProducerId, out _))
        {
            problems.Add(new("ProducerId", "Workflow.Problem.UnknownProducer"));
        }

        if (string.IsNullOrWhiteSpace(ProducerId) && string.IsNullOrWhiteSpace(OriginProvince))
        {
            problems.Add(new("OriginProvince", "Product.Error.OriginNeeded"));
        }

        if (!string.IsNullOrWhiteSpace(Gtin) && OcopCatalogue.Core.Traceability.Gtin.Normalise(Gtin.Trim(), out _) is null)
        {
            problems.Add(new("Gtin", "Product.Error.Gtin"));
        }

        Length(problems, "OriginLocality", OriginLocality, 120);
        Length(problems, "OriginProvince", OriginProvince, 120);
        Length(problems, "ShortDescription", ShortDescription, 500);
        Length(problems, "ShortDescriptionEn", ShortDescriptionEn, 500);
        Length(problems, "Ingredients", Ingredients, 2000);
        Length(problems, "Packaging", Packaging, 500);
        Length(problems, "ShelfLife", ShelfLife, 200);
        Length(problems, "Source", Source, 500);
        Length(problems, "Note", Note, 500);
        FormText.RichText(problems, "StoryHtml", StoryHtml);
        FormText.RichText(problems, "StoryHtmlEn", StoryHtmlEn);
        foreach (var (shop, index) in OnlineShops.Select((s, i) => (s, i)).Where(s => !s.s.IsBlank))
        {
            if (string.IsNullOrWhiteSpace(shop.Label))
            {
                problems.Add(new($"OnlineShops[{index}].Label", "Editorial.Form.Required"));
            }

            if (!Uri.TryCreate(shop.Url?.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                problems.Add(new($"OnlineShops[{index}].Url", "Editorial.Form.WebAddress"));
            }
        }

        foreach (var (photo, index) in Gallery.Select((g, i) => (g, i)).Where(g => !g.g.IsBlank))
        {
            var field = $"Gallery[{index}]";
            if (string.IsNullOrWhiteSpace(photo.Media) && string.IsNullOrWhiteSpace(photo.Path))
            {
                problems.Add(new($"{field}.Media", "Product.Gallery.MediaRequired"));
            }
            else if (!string.IsNullOrWhiteSpace(photo.Media) && photo.MediaKey is null)
            {
                problems.Add(new($"{field}.Media", "Product.Gallery.MediaUnknown"));
            }
            else if (photo.MediaKey is null && string.IsNullOrWhiteSpace(photo.Alt))
            {
                // A photo from before the library has no alt text of its own to fall back on.
                problems.Add(new($"{field}.Alt", "Editorial.Form.Required"));
            }

            Length(problems, $"{field}.Alt", photo.Alt, MaxAltLength);
        }

        if (SalesPoints.Any(s => !Guid.TryParse(s, out _)))
        {
            problems.Add(new("SalesPoints", "Workflow.Problem.UnknownSalesPoint"));
        }

        return problems;
    }

    /// <summary>The file the form describes, keeping what the form does not edit (key, trace code) from <paramref name="original"/>.
    /// Call only when <see cref="Problems"/> is empty.</summary>
    public ProductFile ToFile(ProductFile original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var story = Blank(StoryHtml);
        return original with
        {
            Slug = EffectiveSlug(),
            Name = Name!.Trim(),
            NameEn = Blank(NameEn),
            Group = Enum.Parse<OcopGroup>(Group!),
            SubGroupCode = Blank(SubGroupCode),
            Producer = Guid.TryParse(ProducerId, out var producer) ? producer : null,
            OriginLocality = Blank(OriginLocality),
            OriginProvince = Blank(OriginProvince),
            Gtin = string.IsNullOrWhiteSpace(Gtin) ? null : OcopCatalogue.Core.Traceability.Gtin.Normalise(Gtin.Trim(), out _),
            ShortDescription = Blank(ShortDescription),
            ShortDescriptionEn = Blank(ShortDescriptionEn),
            StoryHtml = story,
            // A story staff have rewritten is theirs, no longer the demo's sample text.
            StoryIsSample = original.StoryIsSample && story == original.StoryHtml,
            StoryHtmlEn = Blank(StoryHtmlEn),
            Ingredients = Blank(Ingredients),
            Packaging = Blank(Packaging),
            ShelfLife = Blank(ShelfLife),
            Source = Blank(Source),
            OnlineShops = [.. OnlineShops.Where(s => !s.IsBlank).Select(s => new OnlineShopFile { Label = s.Label!.Trim(), Url = s.Url!.Trim() })],
            SalesPoints = [.. SalesPoints.Select(Guid.Parse).Distinct().Order()],
            Images = [.. Gallery.Where(g => !g.IsBlank).Select(g => g.MediaKey is { } media
                ? new ProductImageFile { Media = media, Alt = Blank(g.Alt) ?? "" }
                : new ProductImageFile { Path = g.Path!.Trim(), Alt = g.Alt!.Trim() })],
        };
    }

    private string EffectiveSlug() =>
        string.IsNullOrWhiteSpace(Slug) ? OcopCatalogue.Core.Text.Slug.From(Name) : Slug.Trim();

    private static void Length(List<FormProblem> problems, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            problems.Add(new(field, "Editorial.Form.TooLong", max));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
