namespace OcopCatalogue.Web.Media;

/// <summary>
/// Who is looking at the library. Staff limited to some producers see their own uploads and the photos those
/// producers' products and the sales points selling them show (<see cref="MediaLibrary.VisibleTo"/>); everyone
/// else sees every photo. The library page, a photo's page and the editor's listing all ask the same rule.
/// </summary>
/// <param name="UserName">The member of staff's user name, as <see cref="MediaItem.UploadedBy"/> records it.</param>
/// <param name="Producers">The producers they are limited to, or null when they are not limited.</param>
public sealed record MediaViewer(string? UserName, IReadOnlySet<Guid>? Producers)
{
    /// <summary>Anyone not limited to producers: every photo.</summary>
    public static MediaViewer Unlimited { get; } = new(null, null);
}
