using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Traceability;

/// <summary>
/// <c>/backoffice/lo-hang-dang-ngo</c>: batches whose scans look like copied stamps, by the same rule the scan page
/// cautions shoppers with; limited to a producer-limited writer's producers.
/// </summary>
public sealed class SuspiciousBatchListModel(SuspiciousBatches suspicious, IOptions<TraceabilityOptions> options) : PageModel
{
    public IReadOnlyList<SuspiciousBatch> Batches { get; private set; } = [];

    public int RetentionDays => options.Value.ScanRetentionDays;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Batches = await suspicious.ListAsync(StaffScope.From(User).Producers?.ToArray(), cancellationToken);
}
