using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>A failure inside the site never shows its details outside development, on public and back-office addresses.</summary>
public sealed class ErrorDetailsTests
{
    private const string Secret = "chi-tiet-noi-bo-7f3a";

    [TestCase("Testing", "/test-only/hong", "Đã có lỗi xảy ra")]
    [TestCase("Production", "/test-only/hong", "Đã có lỗi xảy ra")]
    [TestCase("Production", "/en/test-only/hong", "Something went wrong")]
    [TestCase("Production", "/backoffice/test-only/hong", "Đã có lỗi xảy ra")]
    public async Task An_exception_gives_the_friendly_500_page_without_a_stack_trace(string environment, string url, string title)
    {
        using var empty = new TemporaryFolder();
        using var baseFactory = new OcopWebFactory(empty.Path);
        using var factory = baseFactory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            // Production does not start without its official address; the test client's is http://localhost.
            b.UseSetting("Ocop:PublicBaseUrl", "http://localhost");
            b.ConfigureServices(s => s.AddTransient<IStartupFilter, FailingEndpoint>());
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(page.H1, Is.EqualTo(title));
            Assert.That(page.Html, Does.Not.Contain(Secret).And.Not.Contain("Exception").And.Not.Contain("   at ").And.Not.Contain(".cs:line"));
        });
    }

    /// <summary>
    /// A test-only address that throws, added after the site's own pipeline: it is reached by requests no endpoint
    /// answered, inside the site's error handling, as a bug in a page would be.
    /// </summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path.Value!.EndsWith("/test-only/hong", StringComparison.Ordinal)
                ? throw new InvalidOperationException("Failure with " + Secret)
                : rest(context));
        };
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
