namespace OcopCatalogue.Web.Media;

/// <summary>What the header of an upload says: its format and displayed size, or why it is refused.</summary>
public sealed record MediaInspection(MediaFormat? Format, int Width, int Height, MediaProblem? Problem)
{
    public bool IsAccepted => Problem is null && Format is not null;

    public long Pixels => (long)Width * Height;

    public static MediaInspection Refused(MediaProblem problem, MediaFormat? format = null, int width = 0, int height = 0) =>
        new(format, width, height, problem);
}
