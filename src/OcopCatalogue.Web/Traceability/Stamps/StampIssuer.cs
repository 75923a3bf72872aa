using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Issues large approved orders in the background, one at a time; at start it takes up orders left approved but
/// not issued (a node stopped meanwhile). Issuing is one transaction that checks the order's state first, so two
/// nodes taking up the same order issue it once.
/// </summary>
public sealed partial class StampIssuer(IServiceScopeFactory scopes, ILogger<StampIssuer> logger) : BackgroundService
{
    private readonly Channel<Guid> _orders = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid orderId) => _orders.Writer.TryWrite(orderId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            foreach (var id in await db.Set<StampPrintOrder>().AsNoTracking().Where(o => o.State == StampOrderState.Issuing)
                .Select(o => o.Id).ToListAsync(stoppingToken).ConfigureAwait(false))
            {
                Enqueue(id);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            LogFailed(logger, Guid.Empty, ex);
        }

        await foreach (var orderId in _orders.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StampOrders>().IssueAsync(orderId, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // The order stays approved and is taken up again at the next start.
                LogFailed(logger, orderId, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Issuing stamps of print order {OrderId} failed; it is taken up again at the next start")]
    private static partial void LogFailed(ILogger logger, Guid orderId, Exception exception);
}
