namespace OcopCatalogue.Web.Content.RichText;

/// <summary>Whether a story's HTML is within what the store takes (<see cref="RichTextLimits"/>).</summary>
public enum RichTextShape
{
    Fits,
    TooLong,
    TooDeep,
}
