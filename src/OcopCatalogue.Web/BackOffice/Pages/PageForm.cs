using System.Globalization;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Site;
using static OcopCatalogue.Web.BackOffice.Editing.FormText;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>The content page edit form, every field a string as typed; the body comes from the rich-text editor
/// and is converted and sanitised on the server (<see cref="CleanRichText"/>).</summary>
public sealed class PageForm : Editing.IEditForm<PageForm, PageFile>
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? MenuOrder { get; set; }
    public string? BodyHtml { get; set; }
    /// <summary>A remark stored with the version.</summary>
    public string? Note { get; set; }

    /// <summary>True when the slug field was left empty: the page then picks a free one from the title.</summary>
    public bool SlugFromTitle => string.IsNullOrWhiteSpace(Slug);

    public static PageForm From(PageFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new PageForm
        {
            Title = file.Title,
            Slug = file.Slug,
            Summary = file.Summary,
            MenuOrder = file.MenuOrder.ToString(CultureInfo.InvariantCulture),
            BodyHtml = file.BodyHtml,
        };
    }

    /// <summary>The body as the store keeps it (editor markup converted and sanitised); done first on every post,
    /// so even a form sent back with errors never shows unsanitised HTML.</summary>
    public void CleanRichText() => BodyHtml = StoredRichText(BodyHtml);

    public IReadOnlyList<FormProblem> Problems() => Read(new PageFile(), WantedSlug(), out _);

    /// <summary>The slug the form asks for: as typed, or made from the title when left empty.</summary>
    public string WantedSlug() => SlugFromTitle ? OcopCatalogue.Core.Text.Slug.From(Title) : Slug!.Trim();

    /// <summary>The file the form describes, keeping the key and state from <paramref name="original"/>. Call only when <see cref="Problems"/> is empty.</summary>
    public PageFile ToFile(PageFile original, string slug)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Read(original, slug, out var file).Count > 0)
        {
            throw new InvalidOperationException("The form has problems; it describes no file.");
        }

        return file;
    }

    /// <summary>The values typed, read into the file they describe and checked by the page's rules.</summary>
    private List<FormProblem> Read(PageFile original, string slug, out PageFile file)
    {
        var problems = new List<FormProblem>();
        var menuOrder = 0;
        if (!string.IsNullOrWhiteSpace(MenuOrder))
        {
            if (int.TryParse(MenuOrder.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order)
                && order is >= ContentPageRules.MinMenuOrder and <= ContentPageRules.MaxMenuOrder)
            {
                menuOrder = order;
            }
            else
            {
                problems.Add(new(nameof(MenuOrder), "Pages.Error.MenuOrder"));
            }
        }

        file = original with
        {
            Slug = slug,
            Title = Blank(Title) ?? "",
            Summary = Blank(Summary),
            MenuOrder = menuOrder,
            BodyHtml = BodyHtml ?? "",
        };
        Findings(problems, ContentPageRules.Check(file));
        RichText(problems, nameof(BodyHtml), BodyHtml);
        Length(problems, nameof(Note), Note, ContentVersion.MaxNoteLength);
        return problems;
    }
}
