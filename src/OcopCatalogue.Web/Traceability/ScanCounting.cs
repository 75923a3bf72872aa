using Microsoft.AspNetCore.Http.Features;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Counts each view of a batch's scan page before the page cache answers, so a scan served from the cache counts
/// like one rendered, and tells the page (and the cache key) whether the batch looks copied: the caution shows
/// from the view after the scan that crosses a limit. It also tells the cache that a stamp address answers
/// differently to a client asking for a GS1 linkset. A view is a GET of a batch's address by a browser, without
/// <c>linkType</c> (those are redirects) and not asking for the linkset.
/// </summary>
public sealed class ScanCounting(RequestDelegate next)
{
    private static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(1);

    public async Task InvokeAsync(HttpContext context, OcopDbContext db, ScanLog log, ScanTargets targets, ScanVerdicts verdicts, ScanRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(log);
        var request = context.Request;
        if (request.Path.StartsWithSegments("/01", StringComparison.Ordinal) || request.Path.StartsWithSegments("/t", StringComparison.Ordinal))
        {
            var wantsLinkset = WantsLinkset(request);
            PageCacheKey.VaryBy(context, "linkset", wantsLinkset ? "1" : "0");
            // The thank-you view after a fake report is the reporter's own redirect, not another scan of the stamp.
            if (HttpMethods.IsGet(request.Method) && !wantsLinkset && !request.Query.ContainsKey("linkType")
                && !request.Query.ContainsKey(ScanPageModel.ReportSentParameter)
                && DigitalLink.Parse(RawPath(context), out _) is { Lot: { } lot } link
                && await targets.FindAsync(db, link.Gtin, lot, context.RequestAborted).ConfigureAwait(false) is { } target)
            {
                ScanSuspicion? judged = null;
                ScanSuspicion? suspicion;
                if (log.Describe(target.BatchId, link.Serial, context) is { } record)
                {
                    try
                    {
                        judged = await recorder.RecordAsync(record, target.QuantityProduced).WaitAsync(WriteWait, context.RequestAborted).ConfigureAwait(false);
                    }
                    catch (TimeoutException)
                    {
                        // The disk is slow: answer with the last verdict; the record is still written.
                    }
                }

                if (judged is { } fresh)
                {
                    suspicion = fresh;
                }
                else if (verdicts.TryGet(target.BatchId, out var known))
                {
                    suspicion = known;
                }
                else
                {
                    (suspicion, var scans) = await log.CountAndJudgeAsync(target.BatchId, target.QuantityProduced, context.RequestAborted).ConfigureAwait(false);
                    verdicts.Set(target.BatchId, suspicion, scans);
                }

                context.Features.Set(new CountedScan(target.BatchId, suspicion));
                PageCacheKey.VaryBy(context, "suspicion", suspicion.IsSuspicious ? "1" : "0");
            }
        }

        await next(context).ConfigureAwait(false);
    }
    internal static bool WantsLinkset(HttpRequest request)
    {
        foreach (var accept in request.Headers.Accept)
        {
            if (accept?.Contains(LinkTypes.LinksetMediaType, StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path as sent, still percent-encoded, so a lot holding '/' (%2F) is read as one value.</summary>
    internal static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
        {
            raw = context.Request.Path.ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }
}
