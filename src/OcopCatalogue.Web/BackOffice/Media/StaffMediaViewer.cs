using System.Security.Claims;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>The signed-in member of staff as the media library sees them: user name and producer limits.</summary>
public static class StaffMediaViewer
{
    public static MediaViewer Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new MediaViewer(user.Identity?.Name, StaffScope.From(user).Producers);
    }
}
