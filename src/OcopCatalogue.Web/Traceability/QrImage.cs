namespace OcopCatalogue.Web.Traceability;

/// <summary>A rendered QR code: its bytes, media type and an entity tag computed from the bytes.</summary>
public sealed record QrImage(byte[] Content, string MediaType, string ETag);
