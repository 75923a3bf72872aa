using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Web.BackOffice.Accounts;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>Creates back-office accounts on the live site through its own account service, as the integration tests' BackOfficeSession does.</summary>
public static class StaffAccountsOnSite
{
    /// <summary>Strong enough for the password policy; only ever used against the test site.</summary>
    public const string Password = "ruộng lúa chín vàng ươm 2024";

    public static async Task<string> CreateAsync(LiveSite site, string role, IEnumerable<Guid>? producers = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        await using var scope = site.Services.CreateAsyncScope();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ocop.test";
        var (_, result) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email, $"Thử nghiệm {role}", Password, role, producers);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        return email;
    }
}
