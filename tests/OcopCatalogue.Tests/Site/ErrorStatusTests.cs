using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

/// <summary>The error page's status comes from the framework (the failed request, or its own route), never from a field a visitor sent.</summary>
public sealed class ErrorStatusTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task A_posted_code_field_does_not_choose_the_status_of_the_error_page()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "503" });
        using var response = await Site.Client.PostAsync(new Uri("/tim-kiem", UriKind.Relative), content);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.InRange(400, 499));
            Assert.That(page.H1, Is.Not.EqualTo("Đã có lỗi xảy ra"));
        });
    }

    [Test]
    public async Task A_code_in_the_query_does_not_choose_the_status_of_a_404()
    {
        using var response = await Site.Client.GetAsync(new Uri("/khong-co-trang-nay?code=503", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
