using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.BackOffice.Audit;

namespace OcopCatalogue.Web.BackOffice.Accounts;

public sealed class SignOutModel(SignInManager<StaffUser> signIn, AuditTrail audit) : PageModel
{
    // Signing out changes state, so only a POST with the antiforgery token does it; a GET shows the button.
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(User, "signout");
        // Removes the server-side session row (SessionTicketStore), so the old cookie is worthless from now on.
        await signIn.SignOutAsync();
        return RedirectToPage("/BackOffice/Accounts/SignIn");
    }
}
