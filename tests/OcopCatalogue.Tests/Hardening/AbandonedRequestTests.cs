using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>A visitor hanging up mid-request (a phone losing signal) is not a failure of the site.</summary>
public sealed class AbandonedRequestTests
{
    private static (FailureAnswers Middleware, LogCapture Logs, ILoggerFactory Factory) Build(RequestDelegate next)
    {
        var logs = new LogCapture();
        var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        return (new FailureAnswers(next, factory.CreateLogger<FailureAnswers>()), logs, factory);
    }

    [Test]
    public async Task A_request_the_client_abandoned_ends_quietly()
    {
        using var aborted = new CancellationTokenSource();
        var (middleware, logs, factory) = Build(context =>
        {
            aborted.Cancel();
            context.RequestAborted.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        });
        using var loggers = factory;
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        await middleware.InvokeAsync(context);

        Assert.That(logs.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty);
        Assert.That(logs.MessagesAt(LogLevel.Debug).Single(), Does.Contain("went away"));
    }

    [Test]
    public void A_cancellation_the_client_did_not_cause_is_still_a_failure()
    {
        var (middleware, _, factory) = Build(_ => throw new OperationCanceledException("a timeout inside the site"));
        using var loggers = factory;

        Assert.That(async () => await middleware.InvokeAsync(new DefaultHttpContext()), Throws.InstanceOf<OperationCanceledException>());
    }
}
