using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Applies the other servers' <see cref="CacheInstruction"/>s to what this server derives from the store, in the order
/// of their ids, from a position (the last id applied) that only moves forward. Woken by PostgreSQL's <c>NOTIFY</c> on a
/// connection of its own, and every <see cref="ClusterOptions.PollSeconds"/> anyway (a notification is lost with its
/// connection; SQLite has none). One loop does every replay and rebuild, so they never overlap on a server.
/// </summary>
/// <remarks>
/// Too far behind (<see cref="ClusterOptions.RebuildAfter"/>), or with its position pruned away, the server rebuilds
/// everything instead (<see cref="DerivedContentRebuild"/>). The position is kept in the data directory
/// (<see cref="PositionFileName"/>, as Umbraco keeps its "last synced" id per server), so a restarted server replays
/// what it missed while it was away into the search index it kept.
/// </remarks>
public sealed partial class InstructionReplay : BackgroundService
{
    /// <summary>What <c>/readyz</c> names until the first catch-up after start is done.</summary>
    public const string ReadinessPart = "instructions";

    public const string PositionFileName = "instructions.position";

    private const int BatchSize = 500;

    private readonly IServiceScopeFactory _scopes;
    private readonly ClusterNode _node;
    private readonly ClusterOptions _options;
    private readonly DatabaseOptions _database;
    private readonly DerivedContentRebuild _rebuild;
    private readonly SiteMetrics _metrics;
    private readonly SiteReadiness _readiness;
    private readonly TimeProvider _clock;
    private readonly ILogger<InstructionReplay> _logger;
    private readonly string _positionFile;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly TaskCompletionSource _caughtUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _position = -1;
    private long _pending;
    /// <summary>The oldest waiting instruction's time in UTC ticks; 0 when caught up.</summary>
    private long _oldestPendingTicks;
    private bool _rebuildAtStart;

    public InstructionReplay(
        IServiceScopeFactory scopes,
        ClusterNode node,
        IOptions<ClusterOptions> options,
        IOptions<DatabaseOptions> database,
        IOptions<ContentStoreOptions> store,
        IHostEnvironment environment,
        DerivedContentRebuild rebuild,
        SiteMetrics metrics,
        SiteReadiness readiness,
        TimeProvider clock,
        ILogger<InstructionReplay> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(readiness);
        _scopes = scopes;
        _node = node;
        _options = options.Value;
        _database = database.Value;
        _rebuild = rebuild;
        _metrics = metrics;
        _readiness = readiness;
        _clock = clock;
        _logger = logger;
        _positionFile = Path.Combine(store.Value.ResolveDataDirectory(environment), PositionFileName);
        readiness.Wait(ReadinessPart, "catching up with other servers' changes");
        metrics.Observe("cluster.instruction_lag", "{instruction}", "Other servers' cache instructions this node has not applied yet", () => Interlocked.Read(ref _pending));
        metrics.ObserveSeconds("cluster.instruction_lag_seconds", "Age of the oldest cache instruction this node has not applied (0 when caught up)", () => LagSeconds);
    }

    /// <summary>The id of the last instruction applied (or skipped as this server's own); -1 before the start.</summary>
    public long Position => Interlocked.Read(ref _position);

    /// <summary>Completes when the first catch-up after start is done.</summary>
    public Task CaughtUp => _caughtUp.Task;

    /// <summary>Instructions waiting when last counted.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>How old the oldest waiting instruction is, on the site's clock; 0 when caught up.</summary>
    public double LagSeconds => Interlocked.Read(ref _oldestPendingTicks) is > 0 and var oldest
        ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - new DateTime(oldest, DateTimeKind.Utc)).TotalSeconds)
        : 0;

    /// <summary>
    /// Takes the start position, before the search index is built or checked at start (Program.cs): what is published
    /// after this is replayed, what before is in what the start builds. Applying a change twice is harmless.
    /// </summary>
    public async Task TakeStartPositionAsync(CancellationToken cancellationToken = default)
    {
        var max = await MaxIdAsync(cancellationToken).ConfigureAwait(false);
        var kept = ReadPositionFile();
        if (kept is { } stored && stored > max)
        {
            // The store went back (a restore): what this server derived is from a future the store does not have.
            LogStoreWentBack(stored, max);
            _rebuildAtStart = true;
        }

        var position = kept is { } p && p <= max ? p : max;
        Interlocked.Exchange(ref _position, position);
        if (position == max && !_rebuildAtStart)
        {
            // Nothing to catch up with: what the store holds now is what the start builds from. What comes after is
            // lag, as at any time, not a reason to keep the load balancer away.
            CaughtUpOnce();
        }
    }

    /// <summary>Wakes the loop now (a notification came, or a test wants the replay without waiting for the poll).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the next read sees this change too.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Out of the host's start: the first wait and catch-up must not hold up the other services.
        await Task.Yield();
        var listening = _database.Provider == DatabaseProvider.PostgreSql
            ? InstructionListener.ListenAsync(_database.ConnectionString!, Wake, _logger, stoppingToken)
            : Task.CompletedTask;
        var poll = TimeSpan.FromSeconds(_options.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (Position < 0)
                {
                    await TakeStartPositionAsync(stoppingToken).ConfigureAwait(false);
                }

                await CatchUpAsync(stoppingToken).ConfigureAwait(false);
                CaughtUpOnce();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogReplayFailed(Position, ex);
            }

            try
            {
                await _wake.WaitAsync(poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await listening.ConfigureAwait(false);
    }

    /// <summary>Applies every waiting instruction, or rebuilds when that is cheaper or the only way.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var position = Position;
        var waiting = db.CacheInstructions.AsNoTracking().Where(i => i.Id > position);
        // Counted up to one past the limit: a server far behind need not count the whole table.
        var pending = await waiting.Take(_options.RebuildAfter + 1).CountAsync(cancellationToken).ConfigureAwait(false);
        var first = await db.CacheInstructions.AsNoTracking().MinAsync(i => (long?)i.Id, cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref _pending, pending);
        OldestPending(pending == 0
            ? null
            : await waiting.OrderBy(i => i.Id).Select(i => (DateTime?)i.CreatedUtc).FirstAsync(cancellationToken).ConfigureAwait(false));
        if (LagSeconds > _options.LagWarningSeconds)
        {
            LogBehind(pending, LagSeconds);
        }

        // Ids are an identity, so a rolled-back insert leaves a hole; only a hole before the oldest row kept matters,
        // and mistaking one for pruning costs a rebuild, never a missed change.
        var pruned = first is { } oldest && position < oldest - 1;
        var reason = _rebuildAtStart ? "store restored" : pruned ? "position pruned" : pending > _options.RebuildAfter ? "too far behind" : null;
        if (reason is not null)
        {
            await RebuildAsync(db, reason, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (pending == 0)
        {
            return;
        }

        while (true)
        {
            var from = Position;
            var batch = await db.CacheInstructions.AsNoTracking()
                .Where(i => i.Id > from)
                .OrderBy(i => i.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            var foreign = batch.Where(i => i.Node != _node.Id).ToList();
            if (foreign.Count > 0)
            {
                await ApplyAsync(foreign).ConfigureAwait(false);
                _metrics.InstructionsApplied(foreign.Count);
            }

            // Past the batch whatever its handlers did: the store holds the change, and what a failing handler left
            // stale is rebuilt from it (its failure is logged; the page cache still went). Stopping here would keep
            // every later change from this server.
            Interlocked.Exchange(ref _position, batch[^1].Id);
            Interlocked.Add(ref _pending, -batch.Count);
            if (batch.Count < BatchSize)
            {
                break;
            }

            var last = batch[^1].Id;
            OldestPending(await db.CacheInstructions.AsNoTracking()
                .Where(i => i.Id > last).OrderBy(i => i.Id).Select(i => (DateTime?)i.CreatedUtc)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false));
        }

        Interlocked.Exchange(ref _pending, 0);
        OldestPending(null);
        WritePositionFile();
    }

    /// <summary>Runs the handlers once for a batch's changes together, as one publish naming all their items;
    /// handlers whose work only the publishing server does are left out.</summary>
    private async Task ApplyAsync(List<CacheInstruction> instructions)
    {
        var items = new List<ContentItemRef>();
        foreach (var instruction in instructions)
        {
            try
            {
                items.AddRange(InstructionItems.Read(instruction.Items));
            }
            catch (System.Text.Json.JsonException ex)
            {
                LogUnreadable(instruction.Id, ex);
            }
        }

        if (items.Count == 0)
        {
            return;
        }

        var sources = string.Join(", ", instructions.Select(i => i.Source).Distinct(StringComparer.Ordinal));
        await using var scope = _scopes.CreateAsyncScope();
        // The handlers' failures are logged by the publisher and do not stop the replay.
        await scope.ServiceProvider.GetRequiredService<ContentPublisher>().ReplayAsync(new ContentPublished([.. items.Distinct()], sources)).ConfigureAwait(false);
        LogApplied(instructions.Count, instructions[^1].Id, sources);
    }

    private async Task RebuildAsync(OcopDbContext db, string reason, CancellationToken cancellationToken)
    {
        // The newest id before the rebuild reads the store: everything up to it is in what the rebuild makes.
        var upTo = await NewestIdAsync(db, cancellationToken).ConfigureAwait(false);
        LogRebuilding(reason, Position, upTo);
        var documents = await _rebuild.RebuildAsync(cancellationToken).ConfigureAwait(false);
        _rebuildAtStart = false;
        _metrics.Rebuilt(reason);
        Interlocked.Exchange(ref _position, upTo);
        Interlocked.Exchange(ref _pending, 0);
        OldestPending(null);
        WritePositionFile();
        LogRebuilt(documents, upTo);
    }

    private void CaughtUpOnce()
    {
        if (_caughtUp.TrySetResult())
        {
            _readiness.Ready(ReadinessPart);
        }
    }

    private void OldestPending(DateTime? created) => Interlocked.Exchange(ref _oldestPendingTicks, created?.Ticks ?? 0);

    private async Task<long> MaxIdAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        return await NewestIdAsync(db, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> NewestIdAsync(OcopDbContext db, CancellationToken cancellationToken) =>
        await db.CacheInstructions.MaxAsync(i => (long?)i.Id, cancellationToken).ConfigureAwait(false) ?? 0;

    private long? ReadPositionFile()
    {
        try
        {
            return File.Exists(_positionFile) && long.TryParse(File.ReadAllText(_positionFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kept)
                ? kept
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void WritePositionFile()
    {
        try
        {
            var temporary = _positionFile + ".tmp";
            File.WriteAllText(temporary, Position.ToString(CultureInfo.InvariantCulture));
            File.Move(temporary, _positionFile, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a restart is affected: it replays from an older position, or rebuilds.
            LogPositionNotKept(_positionFile, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} cache instructions from other servers, up to {Id} ({Sources})")]
    private partial void LogApplied(int count, long id, string sources);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This server is {Pending} cache instructions ({Seconds:0.#} s) behind the others")]
    private partial void LogBehind(long pending, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding everything derived from the store ({Reason}): position {Position}, newest instruction {UpTo}")]
    private partial void LogRebuilding(string reason, long position, long upTo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilt from the store: search index of {Documents} documents, caches emptied; position now {UpTo}")]
    private partial void LogRebuilt(int documents, long upTo);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cache instruction {Id} has unreadable items and is skipped")]
    private partial void LogUnreadable(long id, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replaying cache instructions failed at position {Position}; trying again at the next wake")]
    private partial void LogReplayFailed(long position, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The kept instruction position {Kept} is past the store's newest {Max}: the store was restored; rebuilding")]
    private partial void LogStoreWentBack(long kept, long max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The instruction position could not be kept in {File}")]
    private partial void LogPositionNotKept(string file, Exception exception);
}
