using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.OpenData;

/// <summary>What the open data holds, field by field, under which licence, and the files to download.</summary>
public sealed class OpenDataPageModel(IOptions<OpenDataOptions> options) : PageModel
{
    public OpenDataLicence Licence => options.Value.Licence;

    public void OnGet()
    {
    }
}
