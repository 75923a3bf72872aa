using System.Net;
using MiniExcelLibs;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.OfficersList;

public sealed class OfficersListTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Workbook_opens_with_the_title_row_and_the_annex_headings()
    {
        await using var editor = await BackOfficeSession.SignInAsync(Site.Factory, StaffRoles.Editor);
        var rows = await WorkbookAsync(editor, "/backoffice/danh-sach-ocop?handler=xlsx");

        Assert.Multiple(() =>
        {
            Assert.That(rows[0]["A"]?.ToString(), Is.EqualTo("DANH SÁCH SẢN PHẨM OCOP"));
            Assert.That(rows[3].Values.Select(v => v?.ToString()), Is.EqualTo(new[]
            {
                "STT", "Tên sản phẩm", "Chủ thể", "Địa chỉ", "Điểm", "Hạng sao", "Số quyết định", "Ngày quyết định", "Hiệu lực đến",
            }));
            // Decided certificates of published products: valid, expiring, expired undated, expired with proposal, undated, revoked, five stars, hostile.
            Assert.That(rows.Skip(4).Select(r => r["B"]?.ToString()).ToList(), Has.Count.EqualTo(8).And.Not.Contains("Sản phẩm nháp").And.Not.Contains("Thốt nốt đóng lon"));
            Assert.That(rows.Skip(4).Select(r => Convert.ToInt32(r["A"], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(Enumerable.Range(1, 8)));
        });
    }

    [Test]
    public async Task Rows_match_the_year_and_status_chosen()
    {
        await using var editor = await BackOfficeSession.SignInAsync(Site.Factory, StaffRoles.Editor);
        var ofYear = await WorkbookAsync(editor, "/backoffice/danh-sach-ocop?handler=xlsx&nam=2023");
        var valid = await WorkbookAsync(editor, "/backoffice/danh-sach-ocop?handler=xlsx&trang-thai=Valid");
        var undated = await WorkbookAsync(editor, "/backoffice/danh-sach-ocop?handler=xlsx&nam=chua-cong-bo");

        Assert.Multiple(() =>
        {
            Assert.That(ofYear[0]["A"]?.ToString(), Is.EqualTo("DANH SÁCH SẢN PHẨM OCOP NĂM 2023"));
            Assert.That(ofYear.Skip(4).Select(r => r["B"]?.ToString()), Is.EquivalentTo(new[] { "Trà Xạ đen", "Siro thử nghiệm" }));
            var tea = ofYear.Skip(4).Single(r => r["B"]?.ToString() == "Trà Xạ đen");
            Assert.That(tea["C"]?.ToString(), Is.EqualTo("Hộ kinh doanh Thử nghiệm"));
            Assert.That(tea["D"]?.ToString(), Does.Contain("xã Mỹ Khánh"));
            Assert.That(Convert.ToDecimal(tea["E"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(63.4m));
            Assert.That(tea["G"]?.ToString(), Is.EqualTo("TEST-101/QĐ-UBND"));
            Assert.That(tea["H"]?.ToString(), Is.EqualTo("01/12/2023"));
            Assert.That(tea["I"]?.ToString(), Is.EqualTo("30/11/2026"));
            Assert.That(valid.Skip(4).Select(r => r["B"]?.ToString()), Is.EquivalentTo(new[] { "Trà Xạ đen", "Rượu thử nghiệm", "Mứt </script><script>alert(1)</script> dâu" }));
            Assert.That(undated.Skip(4).Select(r => r["B"]?.ToString()), Is.EquivalentTo(new[] { "Nấm thử nghiệm", "Sa tế thử nghiệm" }));
        });
    }

    [Test]
    public async Task Filter_page_links_the_download_with_the_filters_chosen()
    {
        await using var editor = await BackOfficeSession.SignInAsync(Site.Factory, StaffRoles.Editor);
        var page = await HtmlPage.ParseAsync(await editor.Client.GetAsync(new Uri("/backoffice/danh-sach-ocop?nam=2024&trang-thai=nonsense", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector("a[download]")?.GetAttribute("href"), Is.EqualTo("/backoffice/danh-sach-ocop?handler=xlsx&nam=2024"));
            Assert.That(page.Document.QuerySelector("select#nam option[selected]")?.GetAttribute("value"), Is.EqualTo("2024"));
        });
    }

    [TestCase("/backoffice/danh-sach-ocop")]
    [TestCase("/backoffice/danh-sach-ocop?handler=xlsx")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = Site.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/backoffice/dang-nhap"));
        });
    }

    /// <summary>The rows of the workbook the address answers, as MiniExcel reads them (columns A, B, …).</summary>
    internal static async Task<List<IDictionary<string, object?>>> WorkbookAsync(BackOfficeSession session, string url)
    {
        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }
}
