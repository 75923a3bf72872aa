using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.BackOffice.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Accounts;

/// <summary>The first administrator comes from a one-time link; its own site, since every other test creates accounts.</summary>
public sealed class SetupTests
{
    [Test]
    public async Task The_setup_link_creates_the_first_administrator_once_and_is_gone_afterwards()
    {
        using var factory = new OcopWebFactory();
        using var client = BackOfficeSession.NewClient(factory);
        using var signInPage = await client.GetAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative));
        var signInBody = await signInPage.Content.ReadAsStringAsync();
        var setup = factory.Services.GetRequiredService<SetupToken>();
        Assert.That(await setup.IsOpenAsync(), Is.True, "a site without accounts issues a set-up link at start");
        // The link printed at start is not readable back (only its hash is kept); issuing a new one replaces it.
        var token = await setup.IssueAsync();
        var page = $"/backoffice/thiet-lap?token={Uri.EscapeDataString(token)}";

        using var noToken = await client.GetAsync(new Uri("/backoffice/thiet-lap", UriKind.Relative));
        using var wrongToken = await client.GetAsync(new Uri("/backoffice/thiet-lap?token=guess", UriKind.Relative));
        using var weak = await BackOfficeSession.PostFormAsync(client, page, Fields(token, "password1234"));
        var weakBody = await weak.Content.ReadAsStringAsync();
        using var created = await BackOfficeSession.PostFormAsync(client, page, Fields(token, BackOfficeSession.Password));
        using var me = await client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
        var meBody = await me.Content.ReadAsStringAsync();
        using var again = await client.GetAsync(new Uri(page, UriKind.Relative));

        using var stranger = BackOfficeSession.NewClient(factory);
        var strangerToken = await BackOfficeSession.TokenAsync(stranger, "/backoffice/dang-nhap");
        using var replay = await stranger.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
            [.. Fields(token, BackOfficeSession.Password, "second@ocop.test"), new("__RequestVerificationToken", strangerToken)]));
        var openAfter = await setup.IsOpenAsync();

        Assert.Multiple(() =>
        {
            Assert.That(signInBody, Does.Contain("Chưa có tài khoản nào"));
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(wrongToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(weakBody, Does.Contain("quá phổ biến"));
            Assert.That(weakBody, Does.Contain("first-admin@ocop.test"), "what was typed is kept");
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(meBody, Does.Contain("Administrator"));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(openAfter, Is.False);
        });
    }

    private static List<KeyValuePair<string, string>> Fields(string token, string password, string email = "first-admin@ocop.test") =>
    [
        new("Token", token), new("DisplayName", "Quản trị viên"), new("Email", email),
        new("Password", password), new("ConfirmPassword", password),
    ];
}
