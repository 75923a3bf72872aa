namespace OcopCatalogue.Core.Traceability;

/// <summary>The photo formats a fake report accepts: what every phone camera and browser produces.</summary>
public enum PhotoFormat
{
    Jpeg,
    Png,
    WebP,
}
