using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopCatalogue.Web.Traceability;

public static class TraceabilityExtensions
{
    /// <summary>Stamps of products without a GTIN lead to <c>/t/{code}</c>, answered by the same page as GS1 Digital Links.</summary>
    public static WebApplicationBuilder AddTraceability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Traceability/ScanPage", "/t/{**path}"));
        return builder;
    }
}
