using Microsoft.AspNetCore.Http.Features;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Counts each view of a batch's scan page before the page cache answers, so a scan served from the cache counts
/// like one rendered, and tells the page (and the cache key) whether the batch looks copied: the view that
/// crosses a limit already cautions, and so does every view after it, cached or not. It also tells the cache that a stamp address answers
/// differently to a client asking for a GS1 linkset. A view is a GET of a batch's address by a browser, without
/// <c>linkType</c> (those are redirects) and not asking for the linkset.
/// </summary>
public sealed class ScanCounting(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, OcopDbContext db, ScanLog log, ScanTargets targets, ScanTallies tallies, StampScans stamps)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(stamps);
        var request = context.Request;
        if (request.Path.StartsWithSegments("/01", StringComparison.Ordinal) || request.Path.StartsWithSegments("/t", StringComparison.Ordinal))
        {
            var wantsLinkset = WantsLinkset(request);
            PageCacheKey.VaryBy(context, "linkset", wantsLinkset ? "1" : "0");
            // The report form and the thank-you view after a report are the reporter's own pages, not more scans.
            if (HttpMethods.IsGet(request.Method) && !wantsLinkset && !request.Query.ContainsKey("linkType")
                && !request.Query.ContainsKey(ScanPageModel.ReportParameter)
                && StampLink.Parse(RawPath(context), out _) is { Lot: not null } link
                && await targets.FindAsync(db, link, context.RequestAborted).ConfigureAwait(false) is { } target)
            {
                var record = log.Describe(target.BatchId, link.Serial, context);
                var suspicion = record is not null
                    ? await tallies.RecordAsync(record, target.QuantityProduced, context.RequestAborted).ConfigureAwait(false)
                    : await tallies.JudgeAsync(target.BatchId, target.QuantityProduced, context.RequestAborted).ConfigureAwait(false);
                context.Features.Set(new CountedScan(target.BatchId, suspicion));
                PageCacheKey.VaryBy(context, "suspicion", suspicion.IsSuspicious ? "1" : "0");

                // Whether the serial was issued comes from memory; an issued one's checks are filled into the page.
                var stamp = await stamps.AnswerAsync(target.BatchId, link.Serial, counted: record is not null, context.RequestAborted).ConfigureAwait(false);
                context.Features.Set(stamp);
                if (stamp.Status == StampStatus.Issued)
                {
                    await StampCheckText.FillAsync(context, stamp, () => next(context)).ConfigureAwait(false);
                    return;
                }
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
