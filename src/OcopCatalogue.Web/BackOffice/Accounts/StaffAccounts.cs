using Microsoft.AspNetCore.Identity;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Evaluation;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>Creates accounts the one way every form uses: user, password checks, role, producer limits.</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        // The evaluation's own roles too: invited producers, commune officers and council participants sign in here.
        foreach (var role in StaffRoles.All.Concat(EvaluationAccountRoles.All))
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            }
        }
    }

    public async Task<(StaffUser User, IdentityResult Result)> CreateAsync(string email, string displayName, string password, string role,
        IEnumerable<Guid>? producers = null)
    {
        ArgumentNullException.ThrowIfNull(email);
        await EnsureRolesAsync().ConfigureAwait(false);
        var user = new StaffUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
            ProducerLimits = [.. (producers ?? []).Distinct().Select(p => new StaffProducerLimit { ProducerId = p })],
        };
        var result = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        }

        return (user, result);
    }
}
