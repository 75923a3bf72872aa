using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>Adds the display name and a limited writer's producers to the signed-in principal (read by <see cref="StaffScope"/>).</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    OcopDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        var producers = await db.Set<StaffProducerLimit>().Where(l => l.UserId == user.Id).Select(l => l.ProducerId).ToListAsync().ConfigureAwait(false);
        foreach (var producer in producers)
        {
            identity.AddClaim(new Claim(StaffClaims.Producer, producer.ToString()));
        }

        return identity;
    }
}
