using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Tests.Operations;

/// <summary>What a load balancer asks a node: is it alive, should it be sent requests.</summary>
public sealed class HealthEndpointTests
{
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new OcopWebFactory();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Healthz_answers_while_the_process_runs_and_is_never_cached()
    {
        using var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("Healthy"));
    }

    [Test]
    public async Task A_load_balancer_asking_by_address_is_answered_whatever_the_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/readyz");
        request.Headers.Host = "10.0.0.7:8080";
        using var response = await _client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the host filter answers 400 to unknown hosts on every other path");
    }

    [Test]
    public async Task Readyz_says_the_store_is_reachable_and_migrated()
    {
        using var response = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(body, Does.Contain("store: Healthy (reachable and migrated)"));
    }

    [Test]
    public async Task Readyz_is_503_naming_what_the_node_waits_for()
    {
        var readiness = _factory.Services.GetRequiredService<SiteReadiness>();
        readiness.Wait("search index", "the search index is being built");
        try
        {
            using var response = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(body, Does.Contain("search index: the search index is being built"));
        }
        finally
        {
            readiness.Ready("search index");
        }

        using var after = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_stopping_node_is_not_ready_while_it_still_answers_pages()
    {
        // Its own host: the stop is real, and no other test shares it.
        using var factory = new OcopWebFactory(settings: new Dictionary<string, string?> { ["Ocop:Operations:DrainSeconds"] = "2" });
        using var client = factory.CreateClient();
        using (var before = await client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var stopping = factory.Services.GetRequiredService<IHost>().StopAsync();
        // Draining begins at once, before any other part of the host stops.
        await WaitUntilAsync(() => factory.Services.GetRequiredService<SiteReadiness>().Waiting.Count > 0);

        using (var during = await client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await during.Content.ReadAsStringAsync(), Does.Contain("draining: the node is stopping"));
        }

        using (var page = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "pages are still served while draining");
        }

        Assert.That(stopping.IsCompleted, Is.False, "the stop waits for the drain");
        await stopping;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True);
    }
}
