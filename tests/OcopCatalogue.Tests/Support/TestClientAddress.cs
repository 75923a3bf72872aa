using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// Test-only: lets a request say which client address it comes from (the in-memory test server has none), so tests
/// can play shoppers on different networks. Added by <see cref="OcopWebFactory"/>; production code has no such header.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>Sets the header on a request.</summary>
    public static void Set(HttpRequestMessage request, string address)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(Header);
        request.Headers.Add(Header, address);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
