namespace OcopCatalogue.Web.Media;

/// <summary>What became of an upload: the stored item, or why it was refused, and how its processing went.</summary>
/// <param name="Item">Null when refused before anything was stored.</param>
/// <param name="Problem">Null when the photo is ready to use.</param>
/// <param name="Processing">Null when refused before processing.</param>
public sealed record MediaUploadResult(MediaItem? Item, MediaProblem? Problem, MediaProcessing? Processing)
{
    public bool IsReady => Problem is null && Item is { State: MediaState.Ready };

    public static MediaUploadResult Refused(MediaProblem problem) => new(null, problem, null);
}
