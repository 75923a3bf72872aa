namespace OcopCatalogue.Web.Media;

/// <summary>Where an upload is on its way to the public site.</summary>
public enum MediaState
{
    /// <summary>Stored, its sizes being made; not served yet.</summary>
    Processing = 1,

    /// <summary>Its sizes are made and it may be shown.</summary>
    Ready = 2,

    /// <summary>libvips could not read or re-encode it; kept so staff see what happened, never served.</summary>
    Failed = 3,
}
