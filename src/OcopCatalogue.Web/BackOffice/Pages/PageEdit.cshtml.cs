using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>
/// A new content page (<c>/backoffice/trang/moi</c>) or an existing one by id: title, address, summary, menu order
/// and the body in the rich-text editor. Pages belong to no producer, so producer-limited writers get 404 here.
/// </summary>
public sealed class PageEditModel(
    EditorialWorkflow workflow,
    PageContent pages,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialEditPage(workflow, pages, authorization, text)
{
    [BindProperty]
    public PageForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        Form = Entry is null ? new PageForm() : PageForm.From(pages.Read(Entry.WorkingSnapshot));
        return Page();
    }

    protected override async Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken)
    {
        // First, before anything can send the form back: the body as the store would keep it.
        Form.CleanRichText();
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        AddProblems(Form.Problems(), nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = Id ?? Guid.NewGuid();
        var original = Entry is null ? new PageFile { Key = id, State = PublicationState.Draft } : pages.Read(Entry.WorkingSnapshot);
        var slug = Form.WantedSlug();
        if (Form.SlugFromTitle)
        {
            slug = await pages.FreeSlugAsync(slug, id, cancellationToken);
        }

        var file = Form.ToFile(original, slug);
        AddFileProblems(pages.Sync.Check(file));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await StoreAsync(id, pages.Write(file), intent, Form.Note, FieldOf, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        // Pages belong to no producer: a producer-limited writer may neither open nor create one.
        if (!StaffScope.From(User).Allows(null))
        {
            return NotFound();
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text["Pages.New"].Value;
        return null;
    }

    private static string FieldOf(string property) => property switch
    {
        "slug" => "Form.Slug",
        _ => "",
    };
}
