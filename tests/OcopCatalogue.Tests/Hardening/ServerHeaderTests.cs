using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>Responses do not name the server software (Kestrel's Server header): nothing to gain for visitors, a hint for scanners.</summary>
public sealed class ServerHeaderTests
{
    [Test]
    public async Task Responses_from_Kestrel_carry_no_Server_header()
    {
        // The in-memory test server never adds the header, so this one listens on a real port.
        using var factory = new OcopWebFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccessStatusCode, Is.True);
            Assert.That(response.Headers.Server, Is.Empty);
            Assert.That(response.Headers.Contains("Server"), Is.False);
        });
    }
}
