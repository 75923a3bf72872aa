using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Traceability;

/// <summary>
/// <c>/backoffice/bao-cao-gia-mao</c>: shoppers' reports of suspected fakes, newest first, a page at a time; a
/// producer-limited writer sees only reports about that producer's products. <c>?ngay=7</c> keeps the reports of
/// the last 7 days (the overview's new reports: a report has no state of its own to say it was dealt with).
/// </summary>
public sealed class FakeReportListModel(FakeReportInbox inbox, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;
    public const string PageParameter = "trang";
    public const string DaysParameter = "ngay";

    /// <summary>Reports this recent are "new" on the overview.</summary>
    public const int NewForDays = 7;

    public FakeReportPage Reports { get; private set; } = new([], 1, 1, 0);

    /// <summary>Only the reports of this many days back; null for all.</summary>
    public int? Days { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = PageParameter)] int? page, [FromQuery(Name = DaysParameter)] string? days, CancellationToken cancellationToken)
    {
        // Read as text: a hand-edited ?ngay= gives the whole list, never a 400.
        Days = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 3650 ? n : null;
        var producers = StaffScope.From(User).Producers?.ToArray();
        Reports = await inbox.ListAsync(page is > 0 ? page.Value : 1, PageSize, producers, Since(Days), cancellationToken);
    }

    /// <summary>When the reports of the last <paramref name="days"/> days start; null for all.</summary>
    public DateTimeOffset? Since(int? days) => days is { } n ? clock.GetUtcNow().AddDays(-n) : null;

    /// <summary>Another page of the list as it is filtered.</summary>
    public string PageUrl(int page) => Days is { } days
        ? string.Create(CultureInfo.InvariantCulture, $"?{DaysParameter}={days}&{PageParameter}={page}")
        : string.Create(CultureInfo.InvariantCulture, $"?{PageParameter}={page}");

    /// <summary>The photo's address: only under /backoffice, so only signed-in staff can open it.</summary>
    public static string PhotoUrl(string storedName) => "/backoffice/bao-cao-gia-mao/anh/" + storedName;
}
