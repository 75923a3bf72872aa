using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Makes large orders' PDFs in the background, one at a time, so nobody's request waits minutes for hundreds of
/// sheets. Each order's making takes a lease in the store (<see cref="JobLeases"/>): when several servers are asked
/// for the same order, one makes it into the shared storage directory and the others find it there. The progress
/// the stamps page shows is a small file beside the PDF (<see cref="StampSheets.ProgressOf"/>), readable by any
/// server. A server stopped mid-way leaves a progress file that stops moving; asking again makes the PDF anew.
/// </summary>
public sealed partial class StampSheetMaker(IServiceScopeFactory scopes, StampSheets sheets, JobLeases leases, ILogger<StampSheetMaker> logger)
    : BackgroundService
{
    /// <summary>Longer than any PDF takes; renewed at nothing, given back when done.</summary>
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(30);

    private readonly Channel<(Guid OrderId, string BaseUrl)> _orders = Channel.CreateUnbounded<(Guid, string)>();

    /// <summary>Queues the order's PDF, marking it as waiting at once so the page shows it (0 of its stamps).</summary>
    public void Enqueue(StampPrintOrder order, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(order);
        sheets.ReportProgress(order.Id, 0, order.IssuedCount);
        _orders.Writer.TryWrite((order.Id, baseUrl));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (orderId, baseUrl) in _orders.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var job = "stamp-sheets:" + orderId.ToString("N");
            try
            {
                if (File.Exists(sheets.PathOf(orderId)) || !await leases.TryTakeAsync(job, LeaseLength, stoppingToken).ConfigureAwait(false))
                {
                    continue;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                    var order = await db.Set<StampPrintOrder>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, stoppingToken).ConfigureAwait(false);
                    if (order is { State: StampOrderState.Issued })
                    {
                        await sheets.FileAsync(order, baseUrl, stoppingToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    await leases.ReleaseAsync(job, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // The progress file stops moving; the page offers the download again, which queues it anew.
                LogFailed(logger, orderId, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Making the PDF of print order {OrderId} failed")]
    private static partial void LogFailed(ILogger logger, Guid orderId, Exception exception);
}
