using System.Globalization;
using System.Text;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// The scan page of an issued stamp is cached like any other, but "first checked on … , checked N times" changes
/// with every view. The page is rendered (and cached) with two placeholders, and each answer, cached or fresh, has
/// them replaced with this view's figures on its way out: the cache keeps serving the page, and the figures are
/// never stale. Only a scan page of an issued serial is buffered, and it is a few kilobytes.
/// </summary>
public static class StampCheckText
{
    public const string FirstCheckedToken = "OCOPFIRSTCHECKEDAT";
    public const string ChecksToken = "OCOPCHECKCOUNT";

    private static readonly byte[] FirstCheckedBytes = Encoding.ASCII.GetBytes(FirstCheckedToken);
    private static readonly byte[] ChecksBytes = Encoding.ASCII.GetBytes(ChecksToken);

    /// <summary>Runs the rest of the pipeline with the answer buffered, then writes it with the figures in place.</summary>
    public static async Task FillAsync(HttpContext context, StampCheckAnswer answer, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(next);
        var original = context.Response.Body;
        var buffer = new MemoryStream();
        await using (buffer.ConfigureAwait(false))
        {
            context.Response.Body = buffer;
            try
            {
                await next().ConfigureAwait(false);
            }
            finally
            {
                context.Response.Body = original;
            }

            var first = answer.FirstCheckedAt is { } at
                ? SiteFormat.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, VietnamTime.Zone).DateTime))
                : "";
            var filled = Replace(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), first, answer.Checks.ToString(CultureInfo.CurrentCulture));
            if (!context.Response.HasStarted)
            {
                context.Response.ContentLength = filled.Length;
            }

            await original.WriteAsync(filled, context.RequestAborted).ConfigureAwait(false);
        }
    }

    internal static byte[] Replace(ReadOnlySpan<byte> page, string firstChecked, string checks)
    {
        var firstBytes = Encoding.UTF8.GetBytes(System.Net.WebUtility.HtmlEncode(firstChecked));
        var checksBytes = Encoding.UTF8.GetBytes(checks);
        var output = new List<byte>(page.Length + 32);
        while (page.Length > 0)
        {
            var a = page.IndexOf(FirstCheckedBytes);
            var b = page.IndexOf(ChecksBytes);
            var next = a < 0 ? b : b < 0 ? a : Math.Min(a, b);
            if (next < 0)
            {
                output.AddRange(page);
                break;
            }

            output.AddRange(page[..next]);
            var isFirst = next == a;
            output.AddRange(isFirst ? firstBytes : checksBytes);
            page = page[(next + (isFirst ? FirstCheckedBytes.Length : ChecksBytes.Length))..];
        }

        return [.. output];
    }
}
