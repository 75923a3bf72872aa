using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>
/// Behind the loopback proxy, the client's network is the hop the proxy added: the right-most X-Forwarded-For value.
/// Whatever a client writes into the header itself comes before it and must not move it to another rate-limit bucket.
/// </summary>
public sealed class ForwardedForTests
{
    private const int SuggestLimit = 3;

    [Test]
    public async Task A_client_sent_X_Forwarded_For_before_the_proxys_value_does_not_change_the_rate_limit_key()
    {
        using var factory = new OcopWebFactory(settings: new Dictionary<string, string?>
        {
            ["Ocop:RateLimits:SuggestPerMinute"] = SuggestLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        // The same visitor (198.51.100.7, appended by the proxy) claims a different address in each request.
        for (var i = 0; i < SuggestLimit + 1; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/suggest?q=mam");
            TestClientAddress.Set(request, "127.0.0.1");
            request.Headers.Add("X-Forwarded-For", $"203.0.{i}.9, 198.51.100.7");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // Another visitor behind the same proxy is not refused.
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/search/suggest?q=mam");
        TestClientAddress.Set(other, "127.0.0.1");
        other.Headers.Add("X-Forwarded-For", "192.0.2.33");
        using var otherResponse = await client.SendAsync(other);

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, SuggestLimit).Append(HttpStatusCode.TooManyRequests)));
            Assert.That(otherResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_proxy_sending_a_second_X_Forwarded_For_line_is_read_by_its_last_value()
    {
        using var factory = new OcopWebFactory(settings: new Dictionary<string, string?>
        {
            ["Ocop:RateLimits:SuggestPerMinute"] = SuggestLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SuggestLimit + 1; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/suggest?q=mam");
            TestClientAddress.Set(request, "::1");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", [$"203.0.{i}.9", "198.51.100.7"]);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, SuggestLimit).Append(HttpStatusCode.TooManyRequests)));
    }
}
