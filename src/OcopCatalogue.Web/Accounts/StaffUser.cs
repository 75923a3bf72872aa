using Microsoft.AspNetCore.Identity;

namespace OcopCatalogue.Web.Accounts;

/// <summary>A member of staff who signs in to the back office (their e-mail address is the user name).</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Producers a limited writer may work on; empty means every item (see <see cref="StaffScope"/>).</summary>
    public List<StaffProducerLimit> ProducerLimits { get; set; } = [];
}
