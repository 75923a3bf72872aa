using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Site;

/// <summary>An editable page (about OCOP, contact), served at <c>/trang/{slug}</c>.</summary>
public sealed class ContentPageViewModel(OcopDbContext db) : PublishedItemPage<ContentPage>
{
    public string Slug { get; private set; } = "";
    public string PageTitle { get; private set; } = "";
    public string? Summary { get; private set; }
    /// <summary>Sanitised when it was stored.</summary>
    public string BodyHtml { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    protected override Task<ContentPage?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Pages.PublishedAtAsync(slug, cancellationToken);

    protected override Task ShowAsync(ContentPage item, CancellationToken cancellationToken)
    {
        (Slug, PageTitle, Summary, BodyHtml, UpdatedAt) = (item.Slug, item.Title, item.Summary, item.BodyHtml, item.UpdatedAt);
        return Task.CompletedTask;
    }
}
