using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;

namespace OcopCatalogue.Web.Operations;

/// <summary>
/// What kind of page a request was for, as a metric label: a few dozen values at most, so latency can be read per
/// kind without one series per address. Taken from the endpoint routing chose, which the page cache's answers have
/// too: a Razor page by its name (the staff pages as one kind), an endpoint by its first literal segment, a static
/// file as "static", and no endpoint (an unknown address, a refused host) as "none".
/// </summary>
public static class PageKind
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["/Catalogue/Home"] = "home",
        ["/Catalogue/ProductList"] = "catalogue",
        ["/Catalogue/ProductDetail"] = "product",
        ["/Catalogue/ProducerDetail"] = "producer",
        ["/SalesPoints/SalesPointList"] = "sales_points",
        ["/SalesPoints/SalesPointDetail"] = "sales_point",
        ["/Search/SearchPage"] = "search",
        ["/Traceability/ScanPage"] = "scan",
        ["/Traceability/LabelSheet"] = "label_sheet",
        ["/Site/ContentPageView"] = "content_page",
        ["/Site/Error"] = "error",
    };

    public static string Of(Endpoint? endpoint)
    {
        if (endpoint is null)
        {
            return "none";
        }

        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
        {
            var name = page.ViewEnginePath;
            if (name.StartsWith("/BackOffice/", StringComparison.Ordinal))
            {
                return "back_office";
            }

            return Pages.TryGetValue(name, out var kind) ? kind : "page";
        }

        if (endpoint is RouteEndpoint route)
        {
            var segments = route.RoutePattern.PathSegments;
            // A static asset's route is its file's path; its last segment a literal with an extension.
            if (segments.Count > 0 && segments[^1].Parts is [RoutePatternLiteralPart { Content: var last }] && last.Contains('.', StringComparison.Ordinal))
            {
                return "static";
            }

            var literals = segments.TakeWhile(s => s.IsSimple && s.Parts[0].IsLiteral)
                .Select(s => ((RoutePatternLiteralPart)s.Parts[0]).Content).ToList();
            var first = literals.FirstOrDefault(s => s != "en");
            return first switch
            {
                null => "other",
                "backoffice" => "back_office",
                "api" => literals.Contains("suggest") ? "suggest" : "api",
                _ => first.ToLowerInvariant(),
            };
        }

        return "other";
    }
}
