using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Print orders of stamps from request to issue and revocation. A writer requests, an editor approves (or refuses),
/// and approval issues the serials: at once for a small order, in the background (<see cref="StampIssuer"/>) for a
/// large one. Every step goes in the audit trail, and issuing or revoking publishes the batch's
/// <see cref="ContentItemType.Stamps"/> so every node's <see cref="IssuedSerials"/> follows.
/// Who may do what is the caller's to check (the page's policy and the staff scope).
/// </summary>
public sealed partial class StampOrders(
    OcopDbContext db, AuditTrail audit, ContentPublisher publisher, StampIssuer issuer, TimeProvider clock, ILogger<StampOrders> logger)
{
    /// <summary>Orders up to this size are issued while the editor waits; larger ones in the background.</summary>
    public const int IssueAtOnceLimit = 5_000;

    /// <summary>Stamps of the batch issued or awaiting issue, not revoked: what a new request adds to.</summary>
    public async Task<long> LiveCountAsync(Guid batchId, CancellationToken cancellationToken) =>
        await db.Set<StampPrintOrder>().AsNoTracking()
            .Where(o => o.BatchId == batchId && (o.State == StampOrderState.Requested || o.State == StampOrderState.Issuing || o.State == StampOrderState.Issued))
            .SumAsync(o => (long)o.RequestedCount, cancellationToken)
        - await db.Set<IssuedStamp>().AsNoTracking()
            .Where(s => s.BatchId == batchId && s.RevokedAt != null && db.Set<StampPrintOrder>().Any(o => o.Id == s.PrintOrderId && o.State == StampOrderState.Issued))
            .LongCountAsync(cancellationToken);

    /// <summary>Records a request; the problems (resource keys) when it cannot be made.</summary>
    public async Task<(StampPrintOrder? Order, IReadOnlyList<string> Problems)> RequestAsync(
        ClaimsPrincipal by, TraceBatch batch, StampRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(request);
        if (batch.State != PublicationState.Published)
        {
            return (null, ["Stamps.Error.BatchNotPublished"]);
        }

        var live = await LiveCountAsync(batch.Id, cancellationToken).ConfigureAwait(false);
        var problems = StampRequestRules.Problems(request.Count, request.Reason, live, batch.QuantityProduced, request.OverQuantityReason)
            .Concat(request.Layout.Problems()).Distinct().ToList();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var order = new StampPrintOrder
        {
            Id = Guid.NewGuid(),
            BatchId = batch.Id,
            RequestedCount = request.Count,
            Reason = request.Reason!.Trim(),
            OverQuantityReason = StampRequestRules.ExceedsQuantity(request.Count, live, batch.QuantityProduced) ? request.OverQuantityReason?.Trim() : null,
            RequestedById = by.FindFirstValue(ClaimTypes.NameIdentifier),
            RequestedBy = Name(by),
            RequestedAt = clock.GetUtcNow(),
            StampWidthMm = request.WidthMm,
            StampHeightMm = request.HeightMm,
            Columns = request.Columns,
            MarginMm = request.MarginMm,
        };
        db.Add(order);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, "stamps.requested", ContentItemType.Stamps, batch.Id,
            $"{order.Id}: {order.RequestedCount} — {order.Reason}", cancellationToken).ConfigureAwait(false);
        return (order, []);
    }

    /// <summary>Approves a requested order and issues it (now or in the background). False when it is not awaiting approval.</summary>
    public async Task<bool> ApproveAsync(ClaimsPrincipal by, StampPrintOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(order);
        if (order.State != StampOrderState.Requested)
        {
            return false;
        }

        order.State = StampOrderState.Issuing;
        order.ApprovedById = by.FindFirstValue(ClaimTypes.NameIdentifier);
        order.ApprovedBy = Name(by);
        order.ApprovedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, "stamps.approved", ContentItemType.Stamps, order.BatchId, $"{order.Id}: {order.RequestedCount}", cancellationToken)
            .ConfigureAwait(false);
        if (order.RequestedCount <= IssueAtOnceLimit)
        {
            await IssueAsync(order.Id, CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            issuer.Enqueue(order.Id);
        }

        return true;
    }

    /// <summary>Turns a requested order down. False when it is not awaiting approval.</summary>
    public async Task<bool> RefuseAsync(ClaimsPrincipal by, StampPrintOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(order);
        if (order.State != StampOrderState.Requested)
        {
            return false;
        }

        order.State = StampOrderState.Refused;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, "stamps.refused", ContentItemType.Stamps, order.BatchId, order.Id.ToString(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Draws and stores the serials of an approved order in one transaction under the write lock, so two nodes
    /// resuming the same order issue it once, and a failure leaves nothing half issued. Then every node learns them.
    /// </summary>
    public async Task IssueAsync(Guid orderId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Guid batchId;
        int issued;
        string? approverId;
        string approver;
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var order = await db.Set<StampPrintOrder>().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
            if (order is not { State: StampOrderState.Issuing })
            {
                return;
            }

            batchId = order.BatchId;
            approverId = order.ApprovedById;
            approver = order.ApprovedBy ?? "";
            var taken = (await db.Set<IssuedStamp>().AsNoTracking().Where(s => s.BatchId == order.BatchId).Select(s => s.SerialValue)
                .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
            var values = StampSerial.Draw(order.RequestedCount, taken);
            await IssuedStampInsert.InsertAsync(db,
                [.. values.Select(v => new IssuedStamp { BatchId = order.BatchId, SerialValue = v, Serial = StampSerial.FromValue(v), PrintOrderId = order.Id })],
                cancellationToken).ConfigureAwait(false);

            order.State = StampOrderState.Issued;
            order.IssuedCount = values.Length;
            issued = values.Length;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // bench/stamps.sh reads this line: the issuing transaction's own time, whoever waited for it.
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogIssued(logger, issued, orderId, took);
        await audit.RecordAsync(approverId, approver, "stamps.issued", ContentItemType.Stamps, batchId, $"{orderId}: {issued}", cancellationToken).ConfigureAwait(false);
        await publisher.PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Stamps, batchId)], "stamps issued"), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Revokes every stamp of an issued order. False when it is not issued.</summary>
    public async Task<bool> RevokeOrderAsync(ClaimsPrincipal by, StampPrintOrder order, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(order);
        if (order.State != StampOrderState.Issued)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        reason = Limit(reason);
        var orderId = order.Id;
        await db.Set<IssuedStamp>().Where(s => s.PrintOrderId == orderId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), cancellationToken).ConfigureAwait(false);
        order.State = StampOrderState.Revoked;
        order.RevokedAt = now;
        order.RevokedReason = reason;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, "stamps.revoked", ContentItemType.Stamps, order.BatchId, $"{order.Id}: {reason}", cancellationToken).ConfigureAwait(false);
        await publisher.PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Stamps, order.BatchId)], "stamps revoked"), cancellationToken)
            .ConfigureAwait(false);
        return true;
    }

    /// <summary>Revokes the named serials of a batch; returns how many were issued and not yet revoked.</summary>
    public async Task<int> RevokeSerialsAsync(ClaimsPrincipal by, Guid batchId, IReadOnlyCollection<long> serials, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(serials);
        var now = clock.GetUtcNow();
        reason = Limit(reason);
        var revoked = 0;
        foreach (var chunk in serials.Distinct().Chunk(500))
        {
            revoked += await db.Set<IssuedStamp>().Where(s => s.BatchId == batchId && chunk.Contains(s.SerialValue) && s.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), cancellationToken).ConfigureAwait(false);
        }

        if (revoked > 0)
        {
            await audit.RecordAsync(by, "stamps.revoked", ContentItemType.Stamps, batchId,
                $"{revoked}: {string.Join(' ', serials.Take(20).Select(StampSerial.FromValue))} — {reason}", cancellationToken).ConfigureAwait(false);
            await publisher.PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Stamps, batchId)], "stamps revoked"), cancellationToken)
                .ConfigureAwait(false);
        }

        return revoked;
    }

    private static string Name(ClaimsPrincipal by)
    {
        var name = by.Identity?.Name ?? "";
        return name.Length > StampPrintOrder.MaxNameLength ? name[..StampPrintOrder.MaxNameLength] : name;
    }

    private static string Limit(string reason)
    {
        reason = reason.Trim();
        return reason.Length > StampRequestRules.MaxReasonLength ? reason[..StampRequestRules.MaxReasonLength] : reason;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued {Count} stamps of print order {OrderId} in {Milliseconds:0} ms")]
    private static partial void LogIssued(ILogger logger, int count, Guid orderId, double milliseconds);
}
