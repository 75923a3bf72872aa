namespace OcopCatalogue.Web.Media;

/// <summary>A photo sent to the library, with what staff typed about it.</summary>
/// <param name="Content">The bytes as sent; read once, from its current position.</param>
/// <param name="FileName">The browser's file name, kept only for display.</param>
/// <param name="UploadedBy">The member of staff's user name.</param>
public sealed record MediaUpload(Stream Content, string? FileName, string? Alt, string? AltEn, string UploadedBy);
