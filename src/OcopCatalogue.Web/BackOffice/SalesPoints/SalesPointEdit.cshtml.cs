using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.SalesPoints;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// A new sales point (<c>/backoffice/diem-ban/moi</c>) or an existing one by id: the form, its row buttons and the
/// workflow's buttons. Sales points belong to no producer, so producer-limited writers get 404 here.
/// </summary>
public sealed class SalesPointEditModel(
    EditorialWorkflow workflow,
    SalesPointContent points,
    OcopDbContext db,
    IAuthorizationService authorization,
    IStringLocalizer<BackOfficeText> text) : EditorialEditPage(workflow, points, authorization, text)
{
    [BindProperty]
    public SalesPointForm Form { get; set; } = new();

    /// <summary>The products whose files list this point (published or not), for the "stocked here" box.</summary>
    public IReadOnlyList<(Guid Id, string Name, PublicationState State)> Stocked { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        Form = Entry is null
            ? new SalesPointForm { Kind = nameof(SalesPointKind.Showroom) }
            : SalesPointForm.From(points.Read(Entry.WorkingSnapshot));
        return Page();
    }

    /// <summary>A row button: the same form back with a row added, removed or moved; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRowAsync(string key, string? row, CancellationToken cancellationToken)
    {
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

        ViewData["Unsaved"] = true;
        return Page();
    }

    protected override async Task<IActionResult> SaveAsync(string key, EditIntent intent, CancellationToken cancellationToken)
    {
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
        var original = Entry is null ? new SalesPointFile { Key = id, State = PublicationState.Draft } : points.Read(Entry.WorkingSnapshot);
        var slug = Form.WantedSlug();
        if (Form.SlugFromName)
        {
            slug = await points.FreeSlugAsync(slug, id, cancellationToken);
        }

        var file = Form.ToFile(original, slug);
        AddFileProblems(points.Sync.Check(file));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await StoreAsync(id, points.Write(file), intent, Form.Note, FieldOf, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(key, cancellationToken) is { } missing)
        {
            return missing;
        }

        // Sales points belong to no producer: a producer-limited writer may neither open nor create one.
        if (!StaffScope.From(User).Allows(null))
        {
            return NotFound();
        }

        ViewData["Title"] = Entry?.Item.Name ?? Text["SalesPoints.New"].Value;
        if (Id is { } id)
        {
            var stocked = await db.Products.AsNoTracking().Where(p => p.SalesPoints.Any(s => s.Id == id))
                .Select(p => new { p.Id, p.Name, p.State }).ToListAsync(cancellationToken);
            Stocked = [.. stocked.OrderBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true))
                .Select(p => (p.Id, p.Name, p.State))];
        }

        return null;
    }

    private static string FieldOf(string property) => property switch
    {
        "slug" => "Form.Slug",
        _ => "",
    };
}
