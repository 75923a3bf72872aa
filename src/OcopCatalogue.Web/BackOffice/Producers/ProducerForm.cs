using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>The producer edit form, every field a string as typed (see <see cref="Products.ProductForm"/>).</summary>
public sealed class ProducerForm : PlaceForm, IEditForm<ProducerForm, ProducerFile>
{
    public string? Kind { get; set; }
    public string? Website { get; set; }
    public string? StoryHtml { get; set; }
    public string? StoryHtmlEn { get; set; }

    public static ProducerForm From(ProducerFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var form = new ProducerForm
        {
            Kind = file.Kind.ToString(),
            Website = file.Website,
            StoryHtml = file.StoryHtml,
            StoryHtmlEn = file.StoryHtmlEn,
        };
        form.ShowNames(file.Name, file.NameEn, file.Slug);
        form.ShowPlace(file.Address, file.Latitude, file.Longitude, file.Phone);
        return form;
    }

    public void CleanRichText()
    {
        StoryHtml = FormText.StoredRichText(StoryHtml);
        StoryHtmlEn = FormText.StoredRichText(StoryHtmlEn);
    }

    public IReadOnlyList<FormProblem> Problems() => Read(new ProducerFile(), out _);

    /// <summary>The file the form describes, keeping what the form does not edit from <paramref name="original"/>.
    /// Call only when <see cref="Problems"/> is empty.</summary>
    public ProducerFile ToFile(ProducerFile original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Read(original, out var file);
        return file;
    }

    /// <summary>The values typed, read into the file they describe and checked by the producer's rules.</summary>
    private List<FormProblem> Read(ProducerFile original, out ProducerFile file)
    {
        var problems = new List<FormProblem>();
        var kind = FormText.Choice<ProducerKind>(problems, nameof(Kind), Kind, FieldMessage.Required);
        var (latitude, longitude) = ReadCoordinates(problems, ProducerRules.Coordinates);
        var story = FormText.Blank(StoryHtml);
        file = original with
        {
            Slug = WantedSlug(),
            Name = FormText.Blank(Name) ?? "",
            NameEn = FormText.Blank(NameEn),
            Kind = kind ?? default,
            Address = ReadAddress(),
            Latitude = latitude,
            Longitude = longitude,
            Phone = FormText.Blank(Phone),
            Website = FormText.Blank(Website),
            StoryHtml = story,
            StoryIsSample = original.StoryIsSample && story == original.StoryHtml,
            StoryHtmlEn = FormText.Blank(StoryHtmlEn),
        };
        FormText.Findings(problems, ProducerRules.Check(file), FieldOf);
        FormText.Length(problems, nameof(Note), Note, ContentVersion.MaxNoteLength);
        FormText.RichText(problems, nameof(StoryHtml), StoryHtml);
        FormText.RichText(problems, nameof(StoryHtmlEn), StoryHtmlEn);
        return problems;
    }
}
