using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// A coarse, salted key for the network a request came from: enough to tell "many different places" from "one
/// place", never enough to recover the address. IPv4 is cut to its /24, IPv6 to its /48, then hashed with a secret
/// that stays on this installation.
/// </summary>
public static class NetworkKey
{
    /// <summary>The truncated network in CIDR form (e.g. <c>203.0.113.0/24</c>); what gets hashed.</summary>
    public static string Truncate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        for (var i = keep; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{new IPAddress(bytes)}/{keep * 8}");
    }

    /// <summary>Hex of the first 16 bytes of HMAC-SHA256(salt, truncated network); unknown address gives "unknown".</summary>
    public static string From(IPAddress? address, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(salt);
        if (address is null)
        {
            return "unknown";
        }

        var mac = HMACSHA256.HashData(salt, System.Text.Encoding.ASCII.GetBytes(Truncate(address)));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}
