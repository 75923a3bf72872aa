using System.Net;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// <c>Ocop:TrustedProxies</c>: the addresses or networks, besides loopback, whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the site believes, e.g. <c>10.0.0.5, 10.0.1.0/24</c> for load balancers on other machines.
/// A value that is neither stops the start with a message naming the setting, since a typo would otherwise put every
/// visitor behind the balancer into one rate-limit bucket.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Ocop:TrustedProxies";

    public static IReadOnlyList<IPNetwork> Parse(string? value)
    {
        var networks = new List<IPNetwork>();
        foreach (var part in (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(part, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(part, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new InvalidOperationException(
                    $"{Setting}: '{part}' is neither an IP address nor a network such as 10.0.1.0/24. Separate several with commas.");
            }
        }

        return networks;
    }
}
