namespace OcopCatalogue.Web.USync;

/// <summary>An item's uSync file as the site writes it: its path under uSync/ (with '/') and its canonical bytes.</summary>
public sealed record ExportedFile(Guid Key, string RelativePath, ReadOnlyMemory<byte> Bytes);
