using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Statistics;

public sealed class StatisticsHtmlValidityTests
{
    [Test]
    public async Task Statistics_and_open_data_pages_are_valid_html_in_both_languages()
    {
        var errors = await ValidHtml.ErrorsAsync(SeededSite.Instance.Client,
            ["/thong-ke", "/en/statistics", "/du-lieu-mo", "/en/open-data", "/san-pham?nam-quyet-dinh=chua-cong-bo&het-han=6-thang&dia-phuong=chua-cong-bo"]);

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }
}
