using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// The friendly error page. Reached by re-execution (status code pages, exception handler) or directly;
/// it never shows exception details, whatever the environment.
/// </summary>
// Re-execution keeps the failed request's method, so a failed POST must still be able to render this page.
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public void OnGet(int? code) => Render(code);

    public void OnPost(int? code) => Render(code);

    private void Render(int? code)
    {
        // /loi without a code is where the exception handler sends failures; /loi/{code} the status code pages.
        Code = code is >= 400 and <= 599 ? code.Value : code is null ? StatusCodes.Status500InternalServerError : StatusCodes.Status404NotFound;
        // A direct visit to /loi/404 must not answer 200: error pages are never a success.
        Response.StatusCode = Code;
    }
}
