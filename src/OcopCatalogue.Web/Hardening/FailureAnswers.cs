namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// Answers failures that are not bugs with their own status, before they could become a 500 (or, in development,
/// a stack trace): a full or failing disk gives 503 and the page that tells the editor nothing was saved; a body
/// over the limit or cut short gives the status Kestrel chose. The status code pages then render the page.
/// </summary>
internal sealed partial class FailureAnswers(RequestDelegate next, ILogger<FailureAnswers> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && StorageFailure.Of(e) is { } reason)
        {
            // The endpoint's name, never the path or the user: a log must not carry personal data.
            LogStorageFailure(logger, reason, context.GetEndpoint()?.DisplayName ?? "(no endpoint)", e);
            Answer(context, StatusCodes.Status503ServiceUnavailable);
            context.Items[StorageFailure.ItemKey] = reason;
            context.Response.Headers.RetryAfter = "300";
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            Answer(context, e.StatusCode);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The visitor went away (a phone losing signal, a load test stopping): nobody is left to answer, and
            // it is not the site's failure, so it is not logged as one.
            LogAbandoned(logger, context.GetEndpoint()?.DisplayName ?? "(no endpoint)");
        }
    }

    private static void Answer(HttpContext context, int status)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        // A re-executed error page must not try to read the rest of a body that was refused.
        RequestBodyLimit.Discard(context.Request);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client went away before {Endpoint} answered")]
    private static partial void LogAbandoned(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nothing saved: the content store could not write ({Reason}) in {Endpoint}; answered 503")]
    private static partial void LogStorageFailure(ILogger logger, string reason, string endpoint, Exception exception);
}
