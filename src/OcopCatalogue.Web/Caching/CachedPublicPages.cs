using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Puts the public page policy on every Razor page outside the back office, so a new public page is cached
/// without asking and a back-office page never is. The error page answers with its error status, which is not
/// stored anyway, and is left out so the status code pages' re-execution never goes through the cache.
/// </summary>
internal sealed class CachedPublicPages(PublicPageCachePolicy policy) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.ViewEnginePath.StartsWith("/BackOffice/", StringComparison.OrdinalIgnoreCase)
            || model.ViewEnginePath.Equals("/Site/Error", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        model.EndpointMetadata.Add(policy);
    }
}
