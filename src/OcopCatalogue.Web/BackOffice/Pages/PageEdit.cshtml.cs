using Microsoft.AspNetCore.Mvc;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.BackOffice.Pages;

/// <summary>
/// A new content page (<c>/backoffice/trang/moi</c>) or an existing one by id: title, address, summary, menu order
/// and the body in the rich-text editor. Pages belong to no producer, so producer-limited writers get 404 here.
/// </summary>
public sealed class PageEditModel(EditPageServices services, PageContent pages) : ContentEditPage<PageForm, PageFile>(services, pages)
{
    protected override string NewTitleKey => "Pages.New";

    protected override IReadOnlyList<(string FileProperty, string FormProperty)> FileFields { get; } =
        [(nameof(PageFile.Slug), nameof(PageForm.Slug))];

    /// <summary>Pages belong to no producer: a producer-limited writer may neither open nor create one.</summary>
    protected override IActionResult? ScopeRefusal(string key) => StaffScope.From(User).Allows(null) ? null : NotFound();

    /// <summary>An empty address field takes a free one made from the title.</summary>
    protected override async Task<PageFile> ToFileAsync(PageFile original, Guid id, CancellationToken cancellationToken) =>
        Form.ToFile(original, Form.SlugFromTitle ? await pages.FreeSlugAsync(Form.WantedSlug(), id, cancellationToken) : Form.WantedSlug());
}
