namespace OcopCatalogue.Web.USync;

/// <summary>Whether publishing in the back office writes the published items' uSync files, bound from <c>Ocop:ContentSync</c>.</summary>
public sealed class PublishExportOptions
{
    public const string Section = "Ocop:ContentSync";

    /// <summary>
    /// Off unless configured: tests and throw-away sites must never write into a clone's uSync/; scripts/run.sh
    /// turns it on, so what staff publish becomes a change to commit.
    /// </summary>
    public bool ExportOnPublish { get; set; }
}
