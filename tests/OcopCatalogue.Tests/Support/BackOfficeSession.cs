using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Accounts;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// A member of staff signed in to the back office of a test host through the real sign-in form. The client keeps
/// cookies and does not follow redirects, so tests see 302s, 401s and 403s as they are.
/// </summary>
public sealed partial class BackOfficeSession : IAsyncDisposable
{
    /// <summary>Strong enough for the password policy; only ever used against test hosts.</summary>
    public const string Password = "ruộng lúa chín vàng ươm 2024";

    private BackOfficeSession(HttpClient client, string email, string userId)
    {
        Client = client;
        Email = email;
        UserId = userId;
    }

    public HttpClient Client { get; }

    public string Email { get; }

    public string UserId { get; }

    /// <summary>Creates an account with the role (and, for a writer, the producers it is limited to) and signs it in.</summary>
    public static async Task<BackOfficeSession> SignInAsync(WebApplicationFactory<Program> factory, string role, IEnumerable<Guid>? producers = null, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var user = await CreateUserAsync(factory, role, producers, email);
        var client = NewClient(factory);
        var response = await SignInAsync(client, user.Email!, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} answered {(int)response.StatusCode}, not a redirect.");
        }

        return new BackOfficeSession(client, user.Email!, user.Id);
    }

    public static async Task<StaffUser> CreateUserAsync(WebApplicationFactory<Program> factory, string role, IEnumerable<Guid>? producers = null, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ocop.test";
        var (user, result) = await factory.WithServiceAsync<StaffAccounts, (StaffUser, IdentityResult)>(
            accounts => accounts.CreateAsync(email, $"Test {role}", Password, role, producers));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        return user;
    }

    public static HttpClient NewClient(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>Posts the sign-in form (with its antiforgery token) on the given client.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = "/backoffice/dang-nhap" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await PostFormAsync(client, page, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>GETs <paramref name="pageUrl"/>, reads its antiforgery token and POSTs the fields with it to <paramref name="postUrl"/> (default: the page).</summary>
    public Task<HttpResponseMessage> PostFormAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null) =>
        PostFormAsync(Client, pageUrl, fields, postUrl);

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenAsync(client, pageUrl);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)).ToList();
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(postUrl ?? pageUrl, UriKind.Relative), content);
    }

    /// <summary>Posts multipart form data (uploads) with the page's antiforgery token added.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string pageUrl, MultipartFormDataContent content, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Add(new StringContent(await TokenAsync(Client, pageUrl)), "__RequestVerificationToken");
        return await Client.PostAsync(new Uri(postUrl ?? pageUrl, UriKind.Relative), content);
    }

    /// <summary>The same post with no antiforgery token: must be refused (400).</summary>
    public async Task<HttpResponseMessage> PostWithoutTokenAsync(string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(pageUrl, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {pageUrl} ({(int)response.StatusCode}).");
        }

        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex TokenField();
}
