using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Operations;

/// <summary>
/// On a stop, before anything else stops: <c>/readyz</c> turns 503 and the node keeps serving for
/// <see cref="OperationsOptions.DrainSeconds"/>, so the load balancer has marked it down by the time it stops
/// accepting requests and no client is sent to a closed door.
/// </summary>
public sealed partial class Draining(SiteReadiness readiness, IOptions<OperationsOptions> options, ILogger<Draining> logger) : IHostedLifecycleService
{
    public const string Part = "draining";

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        readiness.Wait(Part, "the node is stopping");
        var seconds = options.Value.DrainSeconds;
        if (seconds > 0)
        {
            LogDraining(logger, seconds);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The host's shutdown timeout ran out first: stop now.
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: not ready, serving {Seconds} s more while the load balancer notices")]
    private static partial void LogDraining(ILogger logger, int seconds);
}
