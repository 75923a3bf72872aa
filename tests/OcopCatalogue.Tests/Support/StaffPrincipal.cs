using System.Security.Claims;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.Support;

/// <summary>A signed-in member of staff as the back office's services see one, for tests that call them directly.</summary>
public static class StaffPrincipal
{
    public static ClaimsPrincipal For(string role, params Guid[] producers)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new(ClaimTypes.Name, $"{role.ToLowerInvariant()}@test.example"),
            new(StaffClaims.DisplayName, $"Thử nghiệm {role}"),
            new(ClaimTypes.Role, role),
        };
        claims.AddRange(producers.Select(p => new Claim(StaffClaims.Producer, p.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
