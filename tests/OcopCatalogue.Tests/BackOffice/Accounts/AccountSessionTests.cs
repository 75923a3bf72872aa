using System.Net;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Accounts;

/// <summary>
/// A browser that already holds one account's session and signs in as another: the cookie handler renews the
/// session the cookie carries unless told otherwise, so the row of one account answered as the other and outlived
/// that other account's lock (the lock ends the sessions whose row names the locked account).
/// </summary>
public sealed class AccountSessionTests
{
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory();

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [Test]
    public async Task Signing_in_as_another_account_over_a_session_leaves_no_session_that_outlives_that_accounts_lock()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        var first = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        var second = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(_factory);
        using var firstSignIn = await BackOfficeSession.SignInAsync(client, first.Email!, BackOfficeSession.Password);
        var firstCookie = SessionCookie(firstSignIn);

        // The form's token taken from a page of the first account's session, as a signed-in browser has it.
        using var secondSignIn = await BackOfficeSession.PostFormAsync(client, "/backoffice/bao-mat",
            [new("Email", second.Email!), new("Password", BackOfficeSession.Password)], "/backoffice/dang-nhap");
        await LockAsync(admin, second.Id);

        using var me = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/backoffice", UriKind.Relative));
        using var replayed = await MeWithCookieAsync(firstCookie);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), await me.Content.ReadAsStringAsync());
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.Headers.Location?.OriginalString, Does.Contain("/backoffice/dang-nhap"));
            Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the first account's cookie");
            Assert.That(await SessionsOfAsync(first.Id), Is.Zero, "the first account's session row is gone");
        });
    }

    [Test]
    public async Task Signing_in_as_another_account_starts_a_new_session_for_it_and_ends_the_one_the_cookie_carried()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        var first = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        var second = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(_factory);
        // A sign-in form opened before the first account signed in (another tab), submitted afterwards.
        var staleToken = await BackOfficeSession.TokenAsync(client, "/backoffice/dang-nhap");
        using var firstSignIn = await BackOfficeSession.SignInAsync(client, first.Email!, BackOfficeSession.Password);
        var firstCookie = SessionCookie(firstSignIn);

        using var secondSignIn = await PostSignInAsync(client, staleToken, second.Email!);
        using var me = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        var meBody = await me.Content.ReadAsStringAsync();
        var firstSessions = await SessionsOfAsync(first.Id);
        var secondSessions = await SessionsOfAsync(second.Id);
        using var replayed = await MeWithCookieAsync(firstCookie);

        await LockAsync(admin, second.Id);
        using var afterLock = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(secondSignIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(SessionCookie(secondSignIn), Is.Not.EqualTo(firstCookie), "a new session key");
            Assert.That(meBody, Does.Contain(second.Email!));
            Assert.That(firstSessions, Is.Zero, "the first account's session ended");
            Assert.That(secondSessions, Is.EqualTo(1), "the new session's row names the account signed in");
            Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the first account's cookie");
            Assert.That(afterLock.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the lock ended the new session");
        });
    }

    [Test]
    public async Task Two_factor_sign_in_as_another_account_starts_a_new_session_that_its_lock_ends()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        var first = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        string secondEmail, secondId, key;
        await using (var second = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer))
        {
            (secondEmail, secondId) = (second.Email, second.UserId);
            key = await AccountsTests.SharedKeyAsync(second);
            using var enabled = await second.PostFormAsync("/backoffice/bao-mat",
                [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)))], "/backoffice/bao-mat?handler=Enable");
            Assert.That(await enabled.Content.ReadAsStringAsync(), Does.Contain("mã khôi phục"));
        }

        using var client = BackOfficeSession.NewClient(_factory);
        var staleToken = await BackOfficeSession.TokenAsync(client, "/backoffice/dang-nhap");
        using var firstSignIn = await BackOfficeSession.SignInAsync(client, first.Email!, BackOfficeSession.Password);
        var firstCookie = SessionCookie(firstSignIn);

        using var password = await PostSignInAsync(client, staleToken, secondEmail);
        var twoFactorPage = password.Headers.Location?.OriginalString ?? "/backoffice/dang-nhap/xac-thuc";
        using var code = await BackOfficeSession.PostFormAsync(client, twoFactorPage, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        using var me = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        var meBody = await me.Content.ReadAsStringAsync();
        var firstSessions = await SessionsOfAsync(first.Id);
        using var replayed = await MeWithCookieAsync(firstCookie);

        await LockAsync(admin, secondId);
        using var afterLock = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(twoFactorPage, Does.StartWith("/backoffice/dang-nhap/xac-thuc"));
            Assert.That(code.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(meBody, Does.Contain(secondEmail));
            Assert.That(firstSessions, Is.Zero, "the first account's session ended");
            Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the first account's cookie");
            Assert.That(afterLock.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the lock ended the new session");
        });
    }

    [Test]
    public async Task Signing_out_ends_every_session_of_the_account()
    {
        await using var here = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        using var elsewhere = BackOfficeSession.NewClient(_factory);
        using var signIn = await BackOfficeSession.SignInAsync(elsewhere, here.Email, BackOfficeSession.Password);

        using var signOut = await here.PostFormAsync("/backoffice/dang-xuat", []);
        using var me = await elsewhere.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        var left = await SessionsOfAsync(here.UserId);
        Assert.Multiple(() =>
        {
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the other browser's session");
            Assert.That(left, Is.Zero);
        });
    }

    [Test]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        await using var here = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        using var elsewhere = BackOfficeSession.NewClient(_factory);
        using var signIn = await BackOfficeSession.SignInAsync(elsewhere, here.Email, BackOfficeSession.Password);

        using var changed = await here.PostFormAsync("/backoffice/bao-mat",
            [new("CurrentPassword", BackOfficeSession.Password), new("NewPassword", "cánh đồng cỏ may ven sông 2025")], "/backoffice/bao-mat?handler=Password");
        using var other = await elsewhere.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        using var mine = await here.Client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        var left = await SessionsOfAsync(here.UserId);
        Assert.Multiple(() =>
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the other browser's session");
            Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the browser that changed it stays signed in");
            Assert.That(left, Is.EqualTo(1));
        });
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string token, string email)
    {
        using var content = new FormUrlEncodedContent(
            [new("Email", email), new("Password", BackOfficeSession.Password), new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative), content);
    }

    private static async Task LockAsync(BackOfficeSession admin, string userId)
    {
        var page = $"/backoffice/tai-khoan/{userId}";
        using var locked = await admin.PostFormAsync(page, [new("locked", "true")], page + "?handler=Lock");
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the lock was saved");
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith("ocop.staff=", StringComparison.Ordinal)).Split(';')[0];

    private Task<long> SessionsOfAsync(string userId) =>
        DatabaseFile.CountAsync(_factory.DatabasePath, $"SELECT COUNT(*) FROM StaffSessions WHERE UserId = '{userId}'");

    private async Task<HttpResponseMessage> MeWithCookieAsync(string cookie)
    {
        using var bare = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice/api/me");
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }
}
