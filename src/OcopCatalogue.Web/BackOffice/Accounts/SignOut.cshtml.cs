using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

public sealed class SignOutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, OcopDbContext db, AuditTrail audit) : PageModel
{
    // Signing out changes state, so only a POST with the antiforgery token does it; a GET shows the button.
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(User, "signout");
        // Every session of the account ends, not only this browser's: one left signed in elsewhere (a shared
        // computer, a copied cookie) is what someone signing out means to close.
        if (users.GetUserId(User) is { } userId)
        {
            await SessionTicketStore.EndSessionsOfAsync(db, userId);
        }

        // Deletes the cookie (and its row, if the statement above did not already).
        await signIn.SignOutAsync();
        return RedirectToPage("/BackOffice/Accounts/SignIn");
    }
}
