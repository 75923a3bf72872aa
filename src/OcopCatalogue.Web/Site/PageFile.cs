using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Pages;

namespace OcopCatalogue.Web.Site;

/// <summary>The uSync file of a content page: <c>uSync/pages/{slug}.json</c>.</summary>
public sealed record PageFile : IContentPageFields
{
    public Guid Key { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Summary { get; init; }
    public int MenuOrder { get; init; }
    public string BodyHtml { get; init; } = "";
    public PublicationState State { get; init; } = PublicationState.Published;
}
