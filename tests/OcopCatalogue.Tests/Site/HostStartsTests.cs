using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

public sealed class HostStartsTests
{
    [Test]
    public async Task Home_page_answers_in_Vietnamese_on_a_fresh_data_directory()
    {
        using var factory = new OcopWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("<html lang=\"vi\""));
            Assert.That(File.Exists(factory.DatabasePath), Is.True, "the database is created in Ocop:DataDirectory");
        });
    }
}
