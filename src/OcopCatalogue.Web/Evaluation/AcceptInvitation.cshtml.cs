using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// The invitation link: the invited person sets a password with the one-time token (Identity's reset token, which the
/// new password's security stamp makes useless afterwards) and is signed in to the evaluation pages.
/// </summary>
public sealed class AcceptInvitationModel(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditTrail audit, IStringLocalizer<EvaluationText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await FindAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } user)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(Password) || Password != ConfirmPassword)
        {
            Problems.Add(text["Evaluation.Invitation.PasswordsDiffer"]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token ?? "", Password);
        if (!result.Succeeded)
        {
            // An expired or used link is "not found" like a guessed one; a weak password is said plainly.
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return NotFound();
            }

            Problems.AddRange(result.Errors.Select(e => e.Description));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await audit.RecordAsync(user.Id, user.Email ?? "", RegistrationDesk.AuditPrefix + "invitation-accepted");
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/backoffice/danh-gia");
    }

    private async Task<StaffUser?> FindAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || UserId.Length > 450 || Token.Length > 2000)
        {
            return null;
        }

        var user = await users.FindByIdAsync(UserId);
        // An account that already has a password was invited before: the link is spent.
        return user is null || await users.HasPasswordAsync(user) ? null : user;
    }
}
