using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>The producer edit form, every field a string as typed (see <see cref="Products.ProductForm"/>).</summary>
public sealed class ProducerForm : IEditForm<ProducerForm, ProducerFile>
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Slug { get; set; }
    public string? Kind { get; set; }
    public string? Street { get; set; }
    public string? CommuneOrWard { get; set; }
    public string? District { get; set; }
    public string? Province { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public string? StoryHtml { get; set; }
    public string? StoryHtmlEn { get; set; }
    public string? Note { get; set; }

    public static ProducerForm From(ProducerFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new ProducerForm
        {
            Name = file.Name,
            NameEn = file.NameEn,
            Slug = file.Slug,
            Kind = file.Kind.ToString(),
            Street = file.Address.Street,
            CommuneOrWard = file.Address.CommuneOrWard,
            District = file.Address.District,
            Province = file.Address.Province,
            Latitude = file.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = file.Longitude?.ToString(CultureInfo.InvariantCulture),
            Phone = file.Phone,
            Website = file.Website,
            StoryHtml = file.StoryHtml,
            StoryHtmlEn = file.StoryHtmlEn,
        };
    }

    public void CleanRichText()
    {
        StoryHtml = FormText.StoredRichText(StoryHtml);
        StoryHtmlEn = FormText.StoredRichText(StoryHtmlEn);
    }

    public IReadOnlyList<FormProblem> Problems()
    {
        var problems = new List<FormProblem>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(new("Name", "Editorial.Form.Required"));
        }

        Length(problems, "Name", Name, 200);
        Length(problems, "NameEn", NameEn, 200);
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(EffectiveSlug()))
        {
            problems.Add(new("Slug", "Editorial.Form.SlugMalformed", OcopCatalogue.Core.Text.Slug.From(string.IsNullOrWhiteSpace(Slug) ? Name : Slug)));
        }

        if (!Enum.TryParse<ProducerKind>(Kind, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _))
        {
            problems.Add(new("Kind", "Editorial.Form.Required"));
        }

        if (string.IsNullOrWhiteSpace(Province))
        {
            problems.Add(new("Province", "Editorial.Form.Required"));
        }

        Length(problems, "Street", Street, 200);
        Length(problems, "CommuneOrWard", CommuneOrWard, 120);
        Length(problems, "District", District, 120);
        Length(problems, "Province", Province, 120);
        var latitude = Coordinate(problems, "Latitude", Latitude, 90);
        var longitude = Coordinate(problems, "Longitude", Longitude, 180);
        if (latitude.HasValue != longitude.HasValue && !problems.Any(p => p.Field is "Latitude" or "Longitude"))
        {
            problems.Add(new(latitude.HasValue ? "Longitude" : "Latitude", "Producer.Error.CoordinatesTogether"));
        }

        Length(problems, "Phone", Phone, 40);
        Length(problems, "Website", Website, 300);
        if (!string.IsNullOrWhiteSpace(Website)
            && (!Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var site) || (site.Scheme != Uri.UriSchemeHttps && site.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add(new("Website", "Editorial.Form.WebAddress"));
        }

        Length(problems, "Note", Note, 500);
        FormText.RichText(problems, "StoryHtml", StoryHtml);
        FormText.RichText(problems, "StoryHtmlEn", StoryHtmlEn);
        return problems;
    }

    public ProducerFile ToFile(ProducerFile original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var story = Blank(StoryHtml);
        return original with
        {
            Slug = EffectiveSlug(),
            Name = Name!.Trim(),
            NameEn = Blank(NameEn),
            Kind = Enum.Parse<ProducerKind>(Kind!),
            Address = new AddressFile { Street = Blank(Street), CommuneOrWard = Blank(CommuneOrWard), District = Blank(District), Province = Province!.Trim() },
            Latitude = Parse(Latitude),
            Longitude = Parse(Longitude),
            Phone = Blank(Phone),
            Website = Blank(Website),
            StoryHtml = story,
            StoryIsSample = original.StoryIsSample && story == original.StoryHtml,
            StoryHtmlEn = Blank(StoryHtmlEn),
        };
    }

    private string EffectiveSlug() =>
        string.IsNullOrWhiteSpace(Slug) ? OcopCatalogue.Core.Text.Slug.From(Name) : Slug.Trim();

    /// <summary>Decimal degrees with a point or a comma (Vietnamese writes 10,38).</summary>
    private static double? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : double.Parse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? Coordinate(List<FormProblem> problems, string field, string? text, double limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || Math.Abs(value) > limit)
        {
            problems.Add(new(field, "Producer.Error.Coordinate", limit));
            return null;
        }

        return value;
    }

    private static void Length(List<FormProblem> problems, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            problems.Add(new(field, "Editorial.Form.TooLong", max));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
