using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.BackOffice.Traceability;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Statistics;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Overview;

/// <summary>
/// <c>/backoffice</c>: what needs attention, for this person's role and producers, each count read from the same
/// query as the list it links to (so the two cannot disagree), and the last 90 days' scans of the batches they may see.
/// </summary>
public sealed class OverviewModel(
    EditorialQueries queries,
    CertificateRegister certificates,
    FakeReportInbox reports,
    SuspiciousBatches suspicious,
    ScansPerDay scans,
    OcopDbContext db,
    TimeProvider clock,
    IStringLocalizer<BackOfficeText> text) : PageModel
{
    public IReadOnlyList<AttentionItem> Attention { get; private set; } = [];

    public BarChart Scans { get; private set; } = null!;

    /// <summary>The producers a limited writer's counts are limited to; empty for everyone else.</summary>
    public IReadOnlyList<string> ProducerNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = StaffScope.From(User);
        var producers = scope.Producers?.ToArray();
        if (producers is not null)
        {
            ProducerNames = await db.Producers.AsNoTracking().Where(p => producers.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name)
                .ToListAsync(cancellationToken);
        }

        // Editors review what writers send; a writer sees the same queue as work still with the editors.
        var reviews = EditorialIdentity.Of(User).May(Core.Editorial.EditorialAction.Publish);
        var review = await queries.ReviewQueueAsync(User, cancellationToken);
        var scheduled = await queries.ScheduledPublishesAsync(User, cancellationToken);
        var standings = await certificates.StandingsAsync(scope, cancellationToken);
        var since = clock.GetUtcNow().AddDays(-FakeReportListModel.NewForDays);
        var newReports = await reports.ListAsync(1, 1, producers, since, cancellationToken);
        var flagged = await suspicious.ListAsync(producers, cancellationToken);

        Attention =
        [
            new("review", text[reviews ? "Overview.Review.Editor" : "Overview.Review.Writer"], review.Count, "/backoffice/duyet"),
            new("scheduled", text["Overview.Scheduled"], scheduled.Count, ReviewQueueModel.ScheduledPath),
            new("expiring", text["Overview.Expiring", Certificate.ExpiringWithinDays],
                standings.Count(s => s.Standing.Status == CertificateStatus.Expiring),
                $"/backoffice/chung-nhan/tat-ca?trang-thai={CertificateStatus.Expiring}"),
            new("mark-off", text["Overview.MarkOff"], standings.Count(s => s.MarkMustComeOff),
                $"/backoffice/chung-nhan/tat-ca?{AllCertificatesModel.MarkOffParameter}=1"),
            new("fake-reports", text["Overview.FakeReports", FakeReportListModel.NewForDays], newReports.Total,
                $"/backoffice/bao-cao-gia-mao?{FakeReportListModel.DaysParameter}={FakeReportListModel.NewForDays}"),
            new("suspicious", text["Overview.Suspicious"], flagged.Count, "/backoffice/lo-hang-dang-ngo"),
        ];

        var days = await scans.LastDaysAsync(producers, productId: null, cancellationToken);
        Scans = ScanChart.For(days, "luot-quet", text[producers is null ? "Overview.ScansTitle" : "Overview.ScansTitleLimited", ScansPerDay.Days], text);
    }
}
