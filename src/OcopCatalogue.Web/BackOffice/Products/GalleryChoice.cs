namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>A library photo the gallery can choose: its key, its alt text (what the list shows) and a small thumbnail.</summary>
public sealed record GalleryChoice(Guid Id, string Alt, string ThumbnailUrl);
