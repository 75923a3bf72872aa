namespace OcopCatalogue.Web.Media;

/// <summary>Why an upload was refused; each has its own message for staff.</summary>
public enum MediaProblem
{
    /// <summary>No file, or a file of zero bytes.</summary>
    Empty = 1,

    /// <summary>More bytes than <see cref="MediaOptions.MaxBytes"/>.</summary>
    TooLarge = 2,

    /// <summary>The bytes are not JPEG, PNG or WebP, whatever the name says (a PHP script renamed .jpg, a PDF, a GIF).</summary>
    NotAnImage = 3,

    /// <summary>An SVG drawing: it can carry scripts, so it is refused outright.</summary>
    Svg = 4,

    /// <summary>The file stops before its image data ends (an interrupted copy or upload).</summary>
    Truncated = 5,

    /// <summary>More pixels than <see cref="MediaOptions.MaxPixels"/>.</summary>
    TooManyPixels = 6,

    /// <summary>It starts like an image but its header cannot be read (no size, broken structure).</summary>
    Unreadable = 7,

    /// <summary>No alt text was given.</summary>
    AltMissing = 8,

    /// <summary>libvips could not decode or re-encode it, or took too long.</summary>
    ProcessingFailed = 9,

    /// <summary>An alt text longer than <see cref="MediaLibrary.MaxAltLength"/> characters.</summary>
    AltTooLong = 10,
}
