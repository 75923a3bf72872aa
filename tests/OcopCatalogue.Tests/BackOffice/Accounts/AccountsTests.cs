using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;

namespace OcopCatalogue.Tests.BackOffice.Accounts;

public sealed class AccountsTests
{
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory();

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [Test]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page_and_scripts_get_401()
    {
        using var client = BackOfficeSession.NewClient(_factory);
        using var page = await client.GetAsync(new Uri("/backoffice/tai-khoan", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.Headers.Location?.OriginalString, Does.StartWith("http://localhost/backoffice/dang-nhap?returnUrl=%2Fbackoffice%2Ftai-khoan"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Staff_cookies_are_scoped_to_the_back_office_and_http_only()
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(_factory);
        using var response = await BackOfficeSession.SignInAsync(client, user.Email!, BackOfficeSession.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ocop.staff=", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(cookie, Does.Contain("path=/backoffice"));
            Assert.That(cookie, Does.Contain("httponly"));
            Assert.That(cookie, Does.Contain("samesite=strict"));
        });
    }

    [Test]
    public async Task Wrong_password_and_unknown_address_get_the_same_answer_in_similar_time()
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(_factory);
        var wrong = new List<double>();
        var unknown = new List<double>();
        string? wrongBody = null, unknownBody = null;
        for (var i = 0; i < 4; i++)
        {
            // Each sample on a fresh account, so lockout never shortens the wrong-password path.
            var target = i == 0 ? user : await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
            var (w, wb) = await TimedSignInAsync(client, target.Email!, "not the right password at all");
            var (u, ub) = await TimedSignInAsync(client, $"nobody-{i}@ocop.test", "not the right password at all");
            wrong.Add(w);
            unknown.Add(u);
            wrongBody ??= wb;
            unknownBody ??= ub;
        }

        wrong.Sort();
        unknown.Sort();
        Assert.Multiple(() =>
        {
            Assert.That(Message(unknownBody!), Is.EqualTo(Message(wrongBody!)));
            Assert.That(Message(wrongBody!), Does.Contain("Email hoặc mật khẩu không đúng"));
            // Without the decoy hash an unknown address answers many times faster than a wrong password.
            Assert.That(unknown[1], Is.GreaterThan(wrong[1] * 0.4), $"unknown {unknown[1]:F1} ms vs wrong {wrong[1]:F1} ms");
        });
    }

    [Test]
    public async Task Five_failures_lock_the_account_even_for_the_right_password_with_the_same_message()
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        using var client = BackOfficeSession.NewClient(_factory);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await BackOfficeSession.SignInAsync(client, user.Email!, "wrong wrong wrong " + i);
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var right = await BackOfficeSession.SignInAsync(client, user.Email!, BackOfficeSession.Password);
        var body = await right.Content.ReadAsStringAsync();
        var actions = await _factory.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.UserId == user.Id).Select(e => e.Action).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK), "not signed in");
            Assert.That(body, Does.Contain("Email hoặc mật khẩu không đúng"));
            Assert.That(actions, Does.Contain("signin.lockedout"));
            Assert.That(actions, Does.Contain("signin.locked"));
        });
    }

    [Test]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_stops_working()
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(_factory);
        using var signIn = await BackOfficeSession.SignInAsync(client, user.Email!, BackOfficeSession.Password);
        var stolen = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ocop.staff=", StringComparison.Ordinal)).Split(';')[0];
        using var before = await MeWithCookieAsync(stolen);

        using var signOut = await BackOfficeSession.PostFormAsync(client, "/backoffice/dang-xuat", []);
        using var after = await MeWithCookieAsync(stolen);
        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    private async Task<HttpResponseMessage> MeWithCookieAsync(string cookie)
    {
        using var bare = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice/api/me");
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }

    [TestCase("https://evil.example/", "/backoffice")]
    [TestCase("//evil.example/x", "/backoffice")]
    [TestCase("/backoffice/nhat-ky", "/backoffice/nhat-ky")]
    public async Task Sign_in_returns_only_to_back_office_addresses(string returnUrl, string expected)
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Administrator);
        using var client = BackOfficeSession.NewClient(_factory);
        using var response = await BackOfficeSession.SignInAsync(client, user.Email!, BackOfficeSession.Password, returnUrl);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task A_return_address_with_vietnamese_letters_is_followed_percent_encoded_when_signed_in_and_after_signing_in()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        using var signedIn = await session.Client.GetAsync(new Uri("/backoffice/dang-nhap?returnUrl=/backoffice?q=trà", UriKind.Relative));
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        using var client = BackOfficeSession.NewClient(_factory);
        using var posted = await BackOfficeSession.SignInAsync(client, user.Email!, BackOfficeSession.Password, "/backoffice/san-pham?q=chè thái");
        Assert.Multiple(() =>
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(signedIn.Headers.Location?.OriginalString, Is.EqualTo("/backoffice?q=tr%C3%A0"));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(posted.Headers.Location?.OriginalString, Is.EqualTo("/backoffice/san-pham?q=ch%C3%A8%20th%C3%A1i"));
        });
    }

    [Test]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(_factory);
        using var content = new FormUrlEncodedContent([new("Email", user.Email!), new("Password", BackOfficeSession.Password)]);
        using var response = await client.PostAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase(StaffRoles.Writer, HttpStatusCode.Forbidden)]
    [TestCase(StaffRoles.Editor, HttpStatusCode.Forbidden)]
    [TestCase(StaffRoles.Administrator, HttpStatusCode.OK)]
    public async Task Only_administrators_manage_users_and_read_the_audit_trail(string role, HttpStatusCode expected)
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, role);
        using var users = await session.Client.GetAsync(new Uri("/backoffice/tai-khoan", UriKind.Relative));
        using var audit = await session.Client.GetAsync(new Uri("/backoffice/nhat-ky", UriKind.Relative));
        using var post = await session.Client.PostAsync(new Uri("/backoffice/tai-khoan", UriKind.Relative),
            new FormUrlEncodedContent([new("Email", "x@ocop.test"), new("Role", StaffRoles.Administrator)]));
        Assert.Multiple(() =>
        {
            Assert.That(users.StatusCode, Is.EqualTo(expected));
            Assert.That(audit.StatusCode, Is.EqualTo(expected));
            // Refused before anything else: by role for others, by the missing antiforgery token for administrators.
            Assert.That(post.StatusCode, Is.EqualTo(expected == HttpStatusCode.OK ? HttpStatusCode.BadRequest : expected));
        });
    }

    [Test]
    public async Task An_administrator_creates_a_limited_writer_and_a_weak_password_is_explained_keeping_what_was_typed()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        var producer = await _factory.WithDbAsync(db => db.Producers.Select(p => p.Id).FirstAsync());

        var email = $"writer-{Guid.NewGuid():N}@ocop.test";
        using var weak = await admin.PostFormAsync("/backoffice/tai-khoan", Fields(email, "matkhau123456", producer));
        var weakBody = await weak.Content.ReadAsStringAsync();
        using var created = await admin.PostFormAsync("/backoffice/tai-khoan", Fields(email, BackOfficeSession.Password, producer));

        using var writer = BackOfficeSession.NewClient(_factory);
        using var signedIn = await BackOfficeSession.SignInAsync(writer, email, BackOfficeSession.Password);
        var me = await writer.GetStringAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(weakBody, Does.Contain("quá phổ biến"));
            Assert.That(weakBody, Does.Contain(email), "the typed address is kept");
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(me, Does.Contain(producer.ToString()));
            Assert.That(me, Does.Contain(StaffRoles.Writer));
        });
    }

    [Test]
    public async Task Changing_someones_role_ends_their_sessions_and_is_audited()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var before = await writer.Client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));

        using var changed = await admin.PostFormAsync($"/backoffice/tai-khoan/{writer.UserId}", [new("Role", StaffRoles.Editor)]);
        using var after = await writer.Client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        using var audit = await admin.Client.GetAsync(new Uri("/backoffice/nhat-ky?action=role.changed", UriKind.Relative));
        var auditBody = await audit.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(auditBody, Does.Contain(writer.Email));
            Assert.That(auditBody, Does.Contain("Writer -&gt; Editor").Or.Contain("Writer -> Editor"));
        });
    }

    [Test]
    public async Task With_an_authenticator_app_sign_in_asks_for_the_code()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var key = await SharedKeyAsync(session);
        using var wrong = await session.PostFormAsync("/backoffice/bao-mat", [new("Code", "000000")], "/backoffice/bao-mat?handler=Enable");
        // The app's previous code, so the current one is still unused when signing in (each code is taken once).
        using var enabled = await session.PostFormAsync("/backoffice/bao-mat", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)))], "/backoffice/bao-mat?handler=Enable");
        var enabledBody = await enabled.Content.ReadAsStringAsync();

        using var client = BackOfficeSession.NewClient(_factory);
        using var first = await BackOfficeSession.SignInAsync(client, session.Email, BackOfficeSession.Password);
        using var badCode = await BackOfficeSession.PostFormAsync(client, first.Headers.Location!.OriginalString, [new("Code", "123456")]);
        using var goodCode = await BackOfficeSession.PostFormAsync(client, first.Headers.Location!.OriginalString, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        using var me = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        var wrongBody = await wrong.Content.ReadAsStringAsync();
        var badCodeBody = await badCode.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(wrongBody, Does.Contain("Mã không đúng"));
            Assert.That(enabledBody, Does.Contain("mã khôi phục"));
            Assert.That(first.Headers.Location?.OriginalString, Does.StartWith("/backoffice/dang-nhap/xac-thuc"));
            Assert.That(badCodeBody, Does.Contain("Mã không đúng"));
            Assert.That(goodCode.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    internal static async Task<string> SharedKeyAsync(BackOfficeSession session)
    {
        var html = await session.Client.GetStringAsync(new Uri("/backoffice/bao-mat", UriKind.Relative));
        var start = html.IndexOf("data-shared-key>", StringComparison.Ordinal) + "data-shared-key>".Length;
        return html[start..html.IndexOf("</code>", start, StringComparison.Ordinal)];
    }

    private static List<KeyValuePair<string, string>> Fields(string email, string password, Guid producer) =>
    [
        new("DisplayName", "Nhân viên HTX"), new("Email", email), new("Password", password),
        new("Role", StaffRoles.Writer), new("ProducerIds", producer.ToString()),
    ];

    private static async Task<(double Ms, string Body)> TimedSignInAsync(HttpClient client, string email, string password)
    {
        var token = await BackOfficeSession.TokenAsync(client, "/backoffice/dang-nhap");
        using var content = new FormUrlEncodedContent([new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]);
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative), content);
        var ms = clock.Elapsed.TotalMilliseconds;
        return (ms, await response.Content.ReadAsStringAsync());
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var main = html[start..html.IndexOf("</main>", start, StringComparison.Ordinal)];
        // The antiforgery token and the typed address differ per response; everything else must be identical.
        return System.Text.RegularExpressions.Regex.Replace(main, "value=\"[^\"]*\"", "value=\"\"");
    }
}
