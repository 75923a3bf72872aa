using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Puts the public page policy on every Razor page outside the <see cref="UncachedAreaOptions.Pages"/>, so a new
/// public page is cached without asking and a staff page never is.
/// </summary>
internal sealed class CachedPublicPages(PublicPageCachePolicy policy, UncachedAreaOptions uncached) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (uncached.CoversPage(model.ViewEnginePath))
        {
            return;
        }

        model.EndpointMetadata.Add(policy);
    }
}
