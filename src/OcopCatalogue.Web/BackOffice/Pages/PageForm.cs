using System.Globalization;
using OcopCatalogue.Web.BackOffice.Workflow;
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

    public IReadOnlyList<FormProblem> Problems() => Read(out _);

    /// <summary>The slug the form asks for: as typed, or made from the title when left empty.</summary>
    public string WantedSlug() => SlugFromTitle ? OcopCatalogue.Core.Text.Slug.From(Title) : Slug!.Trim();

    /// <summary>The file the form describes, keeping the key and state from <paramref name="original"/>. Call only when <see cref="Problems"/> is empty.</summary>
    public PageFile ToFile(PageFile original, string slug)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Read(out var order).Count > 0)
        {
            throw new InvalidOperationException("The form has problems; it describes no file.");
        }

        return original with
        {
            Slug = slug,
            Title = Title!.Trim(),
            Summary = Blank(Summary),
            MenuOrder = order,
            BodyHtml = BodyHtml!,
        };
    }

    private List<FormProblem> Read(out int menuOrder)
    {
        var problems = new List<FormProblem>();
        Required(problems, "Title", Title);
        Length(problems, "Title", Title, 200);
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(WantedSlug()))
        {
            problems.Add(new("Slug", "Editorial.Form.SlugMalformed", OcopCatalogue.Core.Text.Slug.From(SlugFromTitle ? Title : Slug)));
        }

        Length(problems, "Summary", Summary, 500);
        menuOrder = 0;
        if (!string.IsNullOrWhiteSpace(MenuOrder))
        {
            if (int.TryParse(MenuOrder.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order) && order is >= 0 and <= 999)
            {
                menuOrder = order;
            }
            else
            {
                problems.Add(new("MenuOrder", "Pages.Error.MenuOrder"));
            }
        }

        if (string.IsNullOrWhiteSpace(BodyHtml))
        {
            problems.Add(new("BodyHtml", "Pages.Error.BodyRequired"));
        }

        RichText(problems, "BodyHtml", BodyHtml);

        Length(problems, "Note", Note, 500);
        return problems;
    }
}
