namespace OcopCatalogue.Web.Media;

/// <summary>
/// Turns a stored original into the sizes the site serves, re-encoded so that nothing of the original file but its
/// pixels survives (no EXIF, no GPS location, no comments). Slow and risky work on untrusted bytes, so it sits
/// behind this interface with a time limit (see <see cref="VipsMediaProcessor"/>).
/// </summary>
public interface IMediaProcessor
{
    /// <summary>Writes every rendition into <paramref name="targetDirectory"/> under its <see cref="MediaRendition.FileName"/>,
    /// all or none.</summary>
    Task<MediaProcessing> RenderAsync(string originalPath, IReadOnlyList<MediaRendition> renditions, string targetDirectory, CancellationToken cancellationToken);
}
