using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Core.Pages;

/// <summary>A simple editable page (about the OCOP programme, contact).</summary>
public sealed class ContentPage : ISluggedRecord
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    /// <summary>Sanitised HTML.</summary>
    public string BodyHtml { get; set; } = "";
    public int MenuOrder { get; set; }
    public PublicationState State { get; set; } = PublicationState.Published;
    public DateTimeOffset UpdatedAt { get; set; }
}
