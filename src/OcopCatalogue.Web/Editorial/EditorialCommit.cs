using System.Globalization;
using System.Security.Claims;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// What every change of the engine goes through: one transaction holding its versions, its content and its audit
/// entry, and the <see cref="ContentPublished"/> notification for what it changed on the public site, sent once the
/// transaction is committed. One per request scope, shared by the engine's services, so a change made inside another
/// (save, then publish) joins the outer one and announces once.
/// </summary>
public sealed partial class EditorialCommit(OcopDbContext db, ContentPublisher publisher, AuditTrail audit, ILogger<EditorialCommit> logger)
{
    /// <summary>The origin of the engine's <see cref="ContentPublished"/> notifications.</summary>
    public const string Origin = "back office";

    /// <summary>Items the change under way has changed on the public site; null outside a change.</summary>
    private List<ContentItemRef>? _announced;

    /// <summary>
    /// Runs one change in one transaction, so a failure anywhere (a full disk) leaves nothing of it;
    /// <see cref="ContentPublished"/> goes out after the commit, so the catalogue, search index and page cache read
    /// what was committed. A change inside another joins the outer one.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_announced is not null)
        {
            return await change().ConfigureAwait(false);
        }

        _announced = [];
        List<ContentItemRef> announced;
        T result;
        try
        {
            // Immediate (Microsoft.Data.Sqlite's default): the change reads, then writes, and must not lose the
            // write lock to the scan writer in between.
            var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                result = await change().ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            announced = _announced;
        }
        finally
        {
            _announced = null;
        }

        if (announced.Count > 0)
        {
            await publisher.PublishAsync(new ContentPublished([.. announced.Distinct()], Origin), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>The public site must follow the item (and what shows it): said once the change is committed.</summary>
    public void Announce(IEditorialContent kind, Guid id)
    {
        ArgumentNullException.ThrowIfNull(kind);
        (_announced ?? throw new InvalidOperationException("Changes are announced from inside RunAsync only.")).AddRange(kind.Affected(id));
    }

    /// <summary>The change's audit entry, written inside the change's transaction.</summary>
    public Task AuditAsync(ClaimsPrincipal user, string action, ContentItemType type, Guid id, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(user, action, type, id, detail, cancellationToken);

    /// <summary>The audit entry of a change the scheduler makes in the name of whoever set the schedule.</summary>
    public Task AuditAsync(string name, string action, ContentItemType type, Guid id, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync((string?)null, name, action, type, id, detail, cancellationToken);

    /// <summary>How a version is named in audit details: "v3".</summary>
    public static string Detail(int version) => "v" + version.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Who} {Change} {Type} {Id} (version {Version})")]
    public partial void LogChange(string who, string change, ContentItemType type, Guid id, int? version);
}
