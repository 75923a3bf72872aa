using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.SalesPoints;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>
/// A new sales point (<c>/backoffice/diem-ban/moi</c>) or an existing one by id: the form, its row buttons and the
/// workflow's buttons. Sales points belong to no producer, so producer-limited writers get 404 here.
/// </summary>
public sealed class SalesPointEditModel(EditPageServices services, SalesPointContent points, OcopDbContext db)
    : ContentEditPage<SalesPointForm, SalesPointFile>(services, points)
{
    /// <summary>The products whose files list this point (published or not), for the "stocked here" box.</summary>
    public IReadOnlyList<(Guid Id, string Name, PublicationState State)> Stocked { get; private set; } = [];

    protected override string NewTitleKey => "SalesPoints.New";

    protected override IReadOnlyList<(string FileProperty, string FormProperty)> FileFields { get; } =
        [(nameof(SalesPointFile.Slug), nameof(SalesPointForm.Slug))];

    protected override SalesPointForm NewForm() => new() { Kind = nameof(SalesPointKind.Showroom) };

    /// <summary>Sales points belong to no producer: a producer-limited writer may neither open nor create one.</summary>
    protected override IActionResult? ScopeRefusal(string key) => StaffScope.From(User).Allows(null) ? null : NotFound();

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var stocked = await db.Products.AsNoTracking().Where(p => p.SalesPoints.Any(s => s.Id == id))
                .Select(p => new { p.Id, p.Name, p.State }).ToListAsync(cancellationToken);
            Stocked = [.. stocked.OrderBy(p => p.Name, StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true))
                .Select(p => (p.Id, p.Name, p.State))];
        }
    }

    /// <summary>An empty address field takes a free one made from the name.</summary>
    protected override async Task<SalesPointFile> ToFileAsync(SalesPointFile original, Guid id, CancellationToken cancellationToken) =>
        Form.ToFile(original, Form.SlugFromName ? await points.FreeSlugAsync(Form.WantedSlug(), id, cancellationToken) : Form.WantedSlug());
}
