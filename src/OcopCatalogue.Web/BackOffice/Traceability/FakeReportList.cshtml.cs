using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Traceability;

/// <summary>
/// <c>/backoffice/bao-cao-gia-mao</c>: shoppers' reports of suspected fakes, newest first, a page at a time; a
/// producer-limited writer sees only reports about that producer's products.
/// </summary>
public sealed class FakeReportListModel(FakeReportInbox inbox) : PageModel
{
    public const int PageSize = 20;
    public const string PageParameter = "trang";

    public FakeReportPage Reports { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync([FromQuery(Name = PageParameter)] int? page, CancellationToken cancellationToken)
    {
        var producers = StaffScope.From(User).Producers?.ToArray();
        Reports = await inbox.ListAsync(page is > 0 ? page.Value : 1, PageSize, producers, cancellationToken);
    }

    /// <summary>The photo's address: only under /backoffice, so only signed-in staff can open it.</summary>
    public static string PhotoUrl(string storedName) => "/backoffice/bao-cao-gia-mao/anh/" + storedName;
}
