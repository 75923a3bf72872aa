namespace OcopCatalogue.Web.Media;

/// <summary>
/// A photo in the media library. The original is kept on disk under its <see cref="Id"/> only; the sizes the
/// public site serves are re-encoded from it (no EXIF, no location) and can be rebuilt from it at any time.
/// </summary>
public sealed class MediaItem
{
    public Guid Id { get; set; }

    /// <summary>The name the uploader's computer gave the file, cleaned for display; never used for a path.</summary>
    public string OriginalFileName { get; set; } = "";

    /// <summary>Found in the bytes, not taken from the name or the browser's content type.</summary>
    public MediaFormat Format { get; set; }

    /// <summary>Width as shown (after the camera's orientation), in pixels.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    public long ByteSize { get; set; }

    /// <summary>What the photo shows, for screen readers; required.</summary>
    public string Alt { get; set; } = "";

    /// <summary>The English alt text; the English site falls back to <see cref="Alt"/> without it.</summary>
    public string? AltEn { get; set; }

    /// <summary>Folded alt texts and file name (<c>VietnameseText.Fold</c>), so staff find "ca phe" in "Cà phê".</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The member of staff's user name.</summary>
    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    public MediaState State { get; set; } = MediaState.Processing;

    /// <summary>When its sizes were ready; the gap from <see cref="UploadedAt"/> is the upload-to-ready time.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Why processing failed, for staff; null unless <see cref="State"/> is <see cref="MediaState.Failed"/>.</summary>
    public string? ProcessingError { get; set; }

    public string ContentType => MediaFormats.ContentType(Format);
}
