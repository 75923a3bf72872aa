using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// The friendly error page. Reached by re-execution (status code pages, exception handler) or directly;
/// it never shows exception details, whatever the environment. A failed back-office request gets the back
/// office's layout and words for staff (<c>BackOffice/_Refusal.cshtml</c>), saying whether their work was saved.
/// </summary>
// Re-execution keeps the failed request's method, so a failed POST must still be able to render this page.
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    /// <summary>Which text explains the status to visitors (resource keys <c>Error.{Kind}.Title</c> and <c>.Text</c>).</summary>
    public string Kind => Code switch
    {
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status413PayloadTooLarge => "TooLarge",
        StatusCodes.Status429TooManyRequests => "TooManyRequests",
        >= 500 => "ServerError",
        _ => "BadRequest",
    };

    /// <summary>The failed request was for the back office.</summary>
    public bool ForStaff { get; private set; }

    /// <summary>Which text explains the status to staff (<c>Hardening.Error.{StaffKind}.Title</c> and <c>.Text</c>).</summary>
    public string StaffKind => Code switch
    {
        _ when HttpContext.Items.ContainsKey(StorageFailure.ItemKey) => "StorageFull",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status413PayloadTooLarge => "TooLarge",
        StatusCodes.Status429TooManyRequests => "TooManyRequests",
        >= 500 => "ServerError",
        _ => "BadRequest",
    };

    /// <summary>Whole minutes of a refusal's Retry-After (at least one).</summary>
    public int RetryMinutes { get; private set; } = 1;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    // From the route only (/loi/{code}, which status code pages fill in): a form field or query parameter named
    // "code" in a failed request re-executed here would otherwise choose the status, e.g. a 503 for a bad search.
    public void OnGet([FromRoute] int? code) => Render(code);

    public void OnPost([FromRoute] int? code) => Render(code);

    private void Render(int? code)
    {
        // /loi without a code is where the exception handler sends failures, with the status it chose (500, or
        // 400/413 for a malformed or oversized request); /loi/{code} the status code pages.
        Code = code is >= 400 and <= 599 ? code.Value
            : code is not null ? StatusCodes.Status404NotFound
            : Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        ForStaff = HardeningExtensions.IsBackOffice(UrlCultureProvider.VisitedPath(HttpContext));
        if (int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            RetryMinutes = Math.Max(1, (seconds + 59) / 60);
        }

        // A direct visit to /loi/404 must not answer 200: error pages are never a success.
        Response.StatusCode = Code;
    }
}
