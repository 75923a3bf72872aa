using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Tests.Support;

/// <summary>A page fetched through the test host and parsed, so tests look at structure rather than at strings.</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpStatusCode status, string html, IDocument document)
    {
        Status = status;
        Html = html;
        Document = document;
    }

    public HttpStatusCode Status { get; }
    public string Html { get; }
    public IDocument Document { get; }

    /// <summary>Text of the page's main landmark with whitespace collapsed.</summary>
    public string MainText => Collapse(Document.QuerySelector("main")?.TextContent ?? "");

    public string H1 => Collapse(Document.QuerySelector("h1")?.TextContent ?? "");

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return new HtmlPage(response.StatusCode, html, document);
    }

    /// <summary>Parses a response already received (one sent with headers of its own).</summary>
    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, html, await new HtmlParser().ParseDocumentAsync(html));
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
