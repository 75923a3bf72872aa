namespace OcopCatalogue.Core.Pages;

/// <summary>A content page's fields as its file (or an edit form's draft of it) carries them, for <see cref="ContentPageRules"/>.</summary>
public interface IContentPageFields
{
    string? Slug { get; }
    string? Title { get; }
    string? Summary { get; }
    string? BodyHtml { get; }
}
