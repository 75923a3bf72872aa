using System.Net;
using System.Text.RegularExpressions;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Accounts;

/// <summary>Authenticator-app sign-in: turning it off, codes used twice, recovery codes as people type them.</summary>
public sealed partial class AccountTwoFactorTests
{
    private const string WrongProof = "Mật khẩu hoặc mã xác thực không đúng";

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory();

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [Test]
    public async Task Turning_two_factor_off_needs_the_current_password_and_a_wrong_one_changes_nothing()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        await EnableAsync(session, DateTimeOffset.UtcNow.AddSeconds(-30));

        using var none = await DisableAsync(session, null);
        var noneBody = await none.Content.ReadAsStringAsync();
        using var wrong = await DisableAsync(session, "not my password at all");
        var wrongBody = await wrong.Content.ReadAsStringAsync();
        var stillOn = await TwoFactorOfAsync(session.UserId);
        using var right = await DisableAsync(session, BackOfficeSession.Password);
        Assert.Multiple(() =>
        {
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(noneBody, Does.Contain(WrongProof));
            Assert.That(wrongBody, Does.Contain(WrongProof));
            Assert.That(wrongBody, Does.Match("<input[^>]*name=\"DisableProof\"[^>]*>\\s*<span[^>]*field-validation-error"), "beside the field");
            Assert.That(stillOn, Is.EqualTo("1"), "still on after the refused attempts");
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        });
        Assert.That(await TwoFactorOfAsync(session.UserId), Is.EqualTo("0"));
    }

    [Test]
    public async Task Turning_two_factor_off_with_a_current_authenticator_code()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var key = await EnableAsync(session, DateTimeOffset.UtcNow.AddSeconds(-30));

        using var wrong = await DisableAsync(session, "000000");
        var stillOn = await TwoFactorOfAsync(session.UserId);
        using var right = await DisableAsync(session, Totp.Code(key, DateTimeOffset.UtcNow));
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain(WrongProof));
            Assert.That(stillOn, Is.EqualTo("1"));
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await TwoFactorOfAsync(session.UserId), Is.EqualTo("0"));
        });
    }

    [Test]
    public async Task One_authenticator_code_signs_in_once()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var key = await EnableAsync(session, DateTimeOffset.UtcNow.AddSeconds(-30));
        var code = Totp.Code(key, DateTimeOffset.UtcNow);

        var (first, _) = await TwoFactorSignInAsync(session.Email, code);
        var (second, secondBody) = await TwoFactorSignInAsync(session.Email, code);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(HttpStatusCode.Redirect), "the first use signs in");
            Assert.That(second, Is.EqualTo(HttpStatusCode.OK), "the second is refused");
            Assert.That(secondBody, Does.Contain("Mã không đúng"));
        });
    }

    [Test]
    public async Task The_code_that_turned_two_factor_on_neither_signs_in_nor_turns_it_on_again()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var at = DateTimeOffset.UtcNow;
        var key = await EnableAsync(session, at);
        using var again = await session.PostFormAsync("/backoffice/bao-mat", [new("Code", Totp.Code(key, at))], "/backoffice/bao-mat?handler=Enable");
        var againBody = await again.Content.ReadAsStringAsync();

        var (sameCode, _) = await TwoFactorSignInAsync(session.Email, Totp.Code(key, at));
        var (nextCode, _) = await TwoFactorSignInAsync(session.Email, Totp.Code(key, at.AddSeconds(30)));
        Assert.Multiple(() =>
        {
            Assert.That(againBody, Does.Contain("Mã không đúng"));
            Assert.That(againBody, Does.Not.Contain("mã khôi phục"), "no new recovery codes");
            Assert.That(sameCode, Is.EqualTo(HttpStatusCode.OK), "refused");
            Assert.That(nextCode, Is.EqualTo(HttpStatusCode.Redirect), "the next code signs in");
        });
    }

    [Test]
    public async Task Recovery_codes_sign_in_once_each_typed_with_or_without_the_dash_spaces_or_lower_case()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var key = await AccountsTests.SharedKeyAsync(session);
        using var enabled = await session.PostFormAsync("/backoffice/bao-mat",
            [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))], "/backoffice/bao-mat?handler=Enable");
        var codes = RecoveryCode().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.That(codes, Has.Count.EqualTo(8));

        var (asShown, _) = await TwoFactorSignInAsync(session.Email, codes[0], recovery: true);
        var (noDash, _) = await TwoFactorSignInAsync(session.Email, codes[1].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant(), recovery: true);
        var (spaced, _) = await TwoFactorSignInAsync(session.Email, " " + codes[2].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() + " ", recovery: true);
        var (reused, reusedBody) = await TwoFactorSignInAsync(session.Email, codes[0], recovery: true);
        Assert.Multiple(() =>
        {
            Assert.That(asShown, Is.EqualTo(HttpStatusCode.Redirect), codes[0]);
            Assert.That(noDash, Is.EqualTo(HttpStatusCode.Redirect), "without the dash, lower case");
            Assert.That(spaced, Is.EqualTo(HttpStatusCode.Redirect), "a space for the dash");
            Assert.That(reused, Is.EqualTo(HttpStatusCode.OK), "a used code is refused");
            Assert.That(reusedBody, Does.Contain("Mã không đúng"));
        });
    }

    private static async Task<string> EnableAsync(BackOfficeSession session, DateTimeOffset at)
    {
        var key = await AccountsTests.SharedKeyAsync(session);
        using var enabled = await session.PostFormAsync("/backoffice/bao-mat", [new("Code", Totp.Code(key, at))], "/backoffice/bao-mat?handler=Enable");
        Assert.That(await enabled.Content.ReadAsStringAsync(), Does.Contain("mã khôi phục"), "two-factor sign-in is on");
        return key;
    }

    private static Task<HttpResponseMessage> DisableAsync(BackOfficeSession session, string? proof) =>
        session.PostFormAsync("/backoffice/bao-mat", proof is null ? [] : [new("DisableProof", proof)], "/backoffice/bao-mat?handler=Disable");

    private async Task<(HttpStatusCode Status, string Body)> TwoFactorSignInAsync(string email, string code, bool recovery = false)
    {
        using var client = BackOfficeSession.NewClient(_factory);
        using var password = await BackOfficeSession.SignInAsync(client, email, BackOfficeSession.Password);
        var page = password.Headers.Location!.OriginalString;
        Assert.That(page, Does.StartWith("/backoffice/dang-nhap/xac-thuc"));
        List<KeyValuePair<string, string>> fields = [new("Code", code)];
        if (recovery)
        {
            fields.Add(new("UseRecoveryCode", "true"));
        }

        using var response = await BackOfficeSession.PostFormAsync(client, page, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<string> TwoFactorOfAsync(string userId) =>
        DatabaseFile.TextAsync(_factory.DatabasePath, $"SELECT TwoFactorEnabled FROM AspNetUsers WHERE Id = '{userId}'");

    [GeneratedRegex("<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
