using System.Net;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Hardening;

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

    [TestCase(null, HttpStatusCode.TooManyRequests)]
    [TestCase("10.0.0.0/8", HttpStatusCode.OK)]
    [TestCase("192.0.2.1, 10.20.30.40", HttpStatusCode.OK)]
    public async Task A_load_balancer_on_another_machine_is_believed_only_when_named(string? trusted, HttpStatusCode lastVisitor)
    {
        using var factory = new OcopWebFactory(settings: new Dictionary<string, string?>
        {
            ["Ocop:RateLimits:SuggestPerMinute"] = SuggestLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [TrustedProxies.Setting] = trusted,
        });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        // Four different visitors through one balancer at 10.20.30.40: believed, each has a bucket of its own; not
        // believed, they all share the balancer's.
        for (var i = 0; i < SuggestLimit + 1; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/suggest?q=mam");
            TestClientAddress.Set(request, "10.20.30.40");
            request.Headers.Add("X-Forwarded-For", $"198.51.{i}.7");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, SuggestLimit).Append(lastVisitor)));
    }

    [TestCase("10.0.0.0/33")]
    [TestCase("balancer.example")]
    public void A_trusted_proxy_that_is_not_an_address_is_refused_naming_the_setting(string value)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => TrustedProxies.Parse(value));
        Assert.That(refused!.Message, Does.Contain(TrustedProxies.Setting).And.Contain(value));
    }

    [Test]
    public void Addresses_and_networks_are_read_with_commas_or_spaces()
    {
        var networks = TrustedProxies.Parse("10.0.0.5, 10.0.1.0/24 2001:db8::/32");
        Assert.That(networks.Select(n => n.ToString()), Is.EqualTo(new[] { "10.0.0.5/32", "10.0.1.0/24", "2001:db8::/32" }));
    }
}
