using System.Net;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class NetworkKeyTests
{
    private static readonly byte[] Salt = [1, 2, 3, 4, 5, 6, 7, 8];

    [TestCase("203.0.113.77", "203.0.113.0/24")]
    [TestCase("::ffff:203.0.113.77", "203.0.113.0/24")]
    [TestCase("2001:db8:abcd:1234:5678::1", "2001:db8:abcd::/48")]
    public void Addresses_are_cut_to_their_coarse_network(string address, string network) =>
        Assert.That(NetworkKey.Truncate(IPAddress.Parse(address)), Is.EqualTo(network));

    [Test]
    public void Neighbours_on_one_network_share_a_key_and_other_networks_do_not()
    {
        var a = NetworkKey.From(IPAddress.Parse("198.51.100.1"), Salt);

        Assert.That(NetworkKey.From(IPAddress.Parse("198.51.100.254"), Salt), Is.EqualTo(a));
        Assert.That(NetworkKey.From(IPAddress.Parse("198.51.101.1"), Salt), Is.Not.EqualTo(a));
    }

    [Test]
    public void The_key_never_contains_the_address_and_depends_on_the_salt()
    {
        var key = NetworkKey.From(IPAddress.Parse("198.51.100.1"), Salt);

        Assert.That(key, Does.Not.Contain("198"));
        Assert.That(key, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(NetworkKey.From(IPAddress.Parse("198.51.100.1"), [9, 9, 9]), Is.Not.EqualTo(key));
    }

    [TestCase("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Mobile Safari/537.36", UserAgentFamily.Android)]
    [TestCase("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148 Safari/604.1", UserAgentFamily.IPhone)]
    [TestCase("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/128.0 Safari/537.36", UserAgentFamily.Desktop)]
    [TestCase("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", UserAgentFamily.Bot)]
    [TestCase("Mozilla/5.0 (Linux; Android 6.0.1) (compatible; AdsBot-Google-Mobile)", UserAgentFamily.Bot)]
    [TestCase("SomeCrawler/1.0", UserAgentFamily.Bot)]
    [TestCase("curl/8.5.0", UserAgentFamily.Other)]
    [TestCase(null, UserAgentFamily.Other)]
    public void User_agents_fall_into_a_few_buckets(string? userAgent, UserAgentFamily family) =>
        Assert.That(UserAgentFamilies.Of(userAgent), Is.EqualTo(family));
}
