using System.Security.Claims;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Web.Editorial;

/// <summary>Who is acting, as the workflow records and judges it.</summary>
public sealed record EditorialIdentity(string Id, string Name, EditorialRole? Role, StaffScope Scope)
{
    /// <summary>The most of an id and a name that versions and the recycle bin keep of who acted.</summary>
    public const int MaxIdLength = 100;
    public const int MaxNameLength = 200;

    public static EditorialIdentity Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        EditorialRole? role = user.IsInRole(StaffRoles.Administrator) ? EditorialRole.Administrator
            : user.IsInRole(StaffRoles.Editor) ? EditorialRole.Editor
            : user.IsInRole(StaffRoles.Writer) ? EditorialRole.Writer
            : null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? id;
        return new EditorialIdentity(id, name, role, StaffScope.From(user));
    }

    public bool May(EditorialAction action) => Role is { } role && EditorialRules.RoleMay(role, action);
}
