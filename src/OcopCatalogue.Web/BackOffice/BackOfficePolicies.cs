namespace OcopCatalogue.Web.BackOffice;

/// <summary>Authorisation policy names every back-office page and endpoint is guarded by.</summary>
public static class BackOfficePolicies
{
    /// <summary>Signed-in staff of any role: read lists, write drafts, send for review, upload media.</summary>
    public const string Write = "BackOffice.Write";

    /// <summary>Editors and administrators: publish, unpublish, roll back, empty the recycle bin, record certificates.</summary>
    public const string Publish = "BackOffice.Publish";

    /// <summary>Administrators: users, roles, producer limits, the audit trail, settings.</summary>
    public const string Administer = "BackOffice.Administer";
}
