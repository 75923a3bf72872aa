using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>What needs doing about certificates: those running out within 90 days, and products whose mark must come off.</summary>
public sealed class DashboardModel(CertificateRegister register, IAuthorizationService authorization) : PageModel
{
    public bool CanImport { get; private set; }

    public IReadOnlyList<ProductStanding> Expiring { get; private set; } = [];
    public IReadOnlyList<ProductStanding> MarkOff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanImport = (await authorization.AuthorizeAsync(User, BackOfficePolicies.Publish)).Succeeded;
        var standings = await register.StandingsAsync(StaffScope.From(User), cancellationToken);
        Expiring = [.. standings.Where(s => s.Standing.Status is CertificateStatus.Expiring)
            .OrderBy(s => s.DaysLeft).ThenBy(s => s.ProductName, StringComparer.Ordinal)];
        // Most recent first: those are the marks still on shelves; unknown dates (sources that only say "expired") last.
        MarkOff = [.. standings.Where(s => s.MarkMustComeOff)
            .OrderByDescending(s => s.MarkOffSince ?? DateOnly.MinValue).ThenBy(s => s.ProductName, StringComparer.Ordinal)];
    }
}
