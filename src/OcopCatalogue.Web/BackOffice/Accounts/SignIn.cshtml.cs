using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;

namespace OcopCatalogue.Web.BackOffice.Accounts;

[ReplacesSession]
public sealed class SignInModel(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    IPasswordHasher<StaffUser> hasher,
    AuditTrail audit,
    SetupToken setup,
    IStringLocalizer<BackOfficeText> text) : PageModel
{
    // A hash of a random password, checked when the account is unknown or locked, so every failed sign-in costs
    // the same hashing work and an attacker cannot tell from the timing which addresses have accounts.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18))));

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SetupPending { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        SetupPending = await setup.IsOpenAsync(HttpContext.RequestAborted);
        await next();
    }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl.Resolve(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("", text["SignIn.Missing"]);
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(user ?? new StaffUser(), DecoyHash.Value, Password);
            await audit.RecordAsync(user?.Id, Email.Trim(), user is null ? "signin.unknown" : "signin.locked");
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user.Id, user.Email ?? "", "signin");
            return LocalRedirect(SafeReturnUrl.Resolve(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/BackOffice/Accounts/SignInTwoFactor", new { returnUrl = SafeReturnUrl.Resolve(ReturnUrl) });
        }

        await audit.RecordAsync(user.Id, user.Email ?? "", result.IsLockedOut ? "signin.lockedout" : "signin.failed");
        return Failed();
    }

    // One message for an unknown address, a wrong password and a locked account: none says which it was.
    private PageResult Failed()
    {
        ModelState.AddModelError("", text["SignIn.Failed"]);
        Password = null;
        return Page();
    }
}
