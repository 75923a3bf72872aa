namespace OcopCatalogue.Web.Accounts;

/// <summary>Claim types the back office adds to a signed-in member of staff.</summary>
public static class StaffClaims
{
    /// <summary>One claim per producer a limited writer may work on (the producer's Id as a GUID string).</summary>
    public const string Producer = "ocop:producer";

    /// <summary>Shown in the back office's header.</summary>
    public const string DisplayName = "ocop:display-name";
}
