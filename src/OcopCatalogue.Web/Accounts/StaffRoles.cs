namespace OcopCatalogue.Web.Accounts;

/// <summary>
/// The back office's user groups, as in Umbraco's defaults: writers draft and send for review, editors review and
/// publish, administrators also manage users and settings. Each role includes what the one before it may do.
/// </summary>
public static class StaffRoles
{
    public const string Writer = "Writer";
    public const string Editor = "Editor";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Writer, Editor, Administrator];
}
