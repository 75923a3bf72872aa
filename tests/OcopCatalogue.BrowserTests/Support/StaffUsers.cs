using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Web.BackOffice.Accounts;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>Back-office accounts for browser journeys, made through the site's own <see cref="StaffAccounts"/>.</summary>
public static class StaffUsers
{
    /// <summary>Strong enough for the password policy; only ever used against the test site.</summary>
    public const string Password = "đồng lúa chín vàng ươm 2026";

    /// <summary>Creates an account with the role and returns its sign-in e-mail address.</summary>
    public static async Task<string> CreateAsync(string role, IEnumerable<Guid>? producers = null)
    {
        await using var scope = BrowserRun.Site.Services.CreateAsyncScope();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ocop.test";
        var (_, result) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email, $"Test {role}", Password, role, producers);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        return email;
    }
}
