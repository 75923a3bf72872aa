using OcopCatalogue.Web.Cluster;

namespace OcopCatalogue.Web.Publishing;

/// <summary>
/// The one way content changes reach their consumers: whoever changes the store (uSync import, later the back
/// office) publishes here, a <see cref="CacheInstruction"/> tells the other servers, and every registered
/// <see cref="IContentPublishedHandler"/> is called in turn.
/// </summary>
public sealed partial class ContentPublisher(
    IEnumerable<IContentPublishedHandler> handlers,
    ILogger<ContentPublisher> logger,
    CacheInstructionWriter? instructions = null)
{
    private readonly List<string> _failedHandlers = [];

    /// <summary>The handlers that failed on this scope's publishes (one request's), by type name, so whoever
    /// published can be told that the change is saved but something that follows it is not done.</summary>
    public IReadOnlyList<string> FailedHandlers => _failedHandlers;

    /// <param name="cancellationToken">Not passed on: the change is committed when this is called, and what follows it
    /// (the catalogue list, the search index, the page cache) must follow it even when whoever published stops
    /// waiting, or an editor closing the tab at the wrong moment would leave pages stale until they expire.</param>
    public async Task PublishAsync(ContentPublished notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        _ = cancellationToken;
        if (notification.Items.Count == 0)
        {
            return;
        }

        if (instructions is not null)
        {
            try
            {
                await instructions.WriteAsync(notification, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is committed; this server still follows it below. The other servers follow it at their
                // next rebuild or restart only, so the editor is told, as for a failed handler.
                LogInstructionFailed(notification.Origin, ex);
                _failedHandlers.Add(nameof(CacheInstructionWriter));
            }
        }

        await RunHandlersAsync(notification, replay: false).ConfigureAwait(false);
    }

    /// <summary>
    /// Another server's change, read from its cache instruction: this server's handlers follow it as they follow a
    /// local publish, except those whose work only the publishing server does (<see cref="IOriginOnlyContentHandler"/>).
    /// No instruction is written: the change has one already.
    /// </summary>
    public Task ReplayAsync(ContentPublished notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Items.Count == 0 ? Task.CompletedTask : RunHandlersAsync(notification, replay: true);
    }

    private async Task RunHandlersAsync(ContentPublished notification, bool replay)
    {
        foreach (var handler in handlers)
        {
            if (replay && handler is IOriginOnlyContentHandler)
            {
                continue;
            }

            try
            {
                await handler.HandleAsync(notification, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is already committed to the store, the only source of truth; what handlers build
                // (index, cache) can be rebuilt from it. One broken consumer must neither undo the change nor
                // leave the other consumers stale, so it is logged and the next handler still runs.
                LogHandlerFailed(handler.GetType().Name, notification.Origin, ex);
                _failedHandlers.Add(handler.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The cache instruction of a change from {Origin} was not written: other servers do not follow it")]
    private partial void LogInstructionFailed(string origin, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content handler {Handler} failed on a change from {Origin}")]
    private partial void LogHandlerFailed(string handler, string origin, Exception exception);
}
