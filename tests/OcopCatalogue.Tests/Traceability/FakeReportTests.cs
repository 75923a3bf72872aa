using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Media;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// The "report a suspected fake" form of the repository's sample batch XD2025-07, on a site of its own. Each test
/// comes from a network of its own, so the hourly limit of one test never stops another.
/// </summary>
public sealed class FakeReportTests
{
    private const string Lot = "XD2025-07";
    private static int _network;

    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;
    private TraceBatch _batch = null!;
    private string _path = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new OcopWebFactory();
        _images = new VipsImages();
        _batch = await _factory.BatchAsync(Lot);
        _path = $"/01/{(await _factory.ProductAsync(_batch.ProductId)).Gtin}/10/{Lot}";
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _images.Dispose();
    }

    [SetUp]
    public async Task ForgetReportsAsync()
    {
        await _factory.WithDbAsync(db => db.Set<FakeReport>().ExecuteDeleteAsync());
        var photos = Path.Combine(_factory.DataDirectory, FakeReportInbox.PhotoFolder);
        if (Directory.Exists(photos))
        {
            Directory.Delete(photos, recursive: true);
        }
    }

    /// <summary>A client on a network no other test uses (a /24 of its own), keeping cookies, not following redirects.</summary>
    private HttpClient Shopper()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, $"198.51.{Interlocked.Increment(ref _network)}.20");
        return client;
    }

    private Task<List<FakeReport>> ReportsAsync() => _factory.WithDbAsync(db => db.Set<FakeReport>().AsNoTracking().ToListAsync());

    private string[] StoredPhotos()
    {
        var folder = Path.Combine(_factory.DataDirectory, FakeReportInbox.PhotoFolder);
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    /// <summary>Opens the scan page's report form as a shopper would and sends it with these fields.</summary>
    private async Task<HttpResponseMessage> ReportAsync(
        HttpClient client,
        string? what,
        string? where,
        string? contact = null,
        (byte[] Bytes, string FileName, string MediaType)? photo = null,
        bool withToken = true)
    {
        var page = await HtmlPage.GetAsync(client, FormPath);
        var form = page.Document.QuerySelector("form.report-form") ?? throw new AssertionException("the report view has no form");
        using var content = new MultipartFormDataContent();
        if (withToken)
        {
            content.Add(new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        }

        content.Add(new StringContent(what ?? ""), "Report.WhatIsWrong");
        content.Add(new StringContent(where ?? ""), "Report.WhereBought");
        content.Add(new StringContent(contact ?? ""), "Report.Contact");
        if (photo is { } p)
        {
            var file = new ByteArrayContent(p.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(p.MediaType);
            content.Add(file, "Report.Photo", p.FileName);
        }

        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    private static byte[] Png(int length = 2048)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A real PNG grown to exactly <paramref name="length"/> bytes by a private chunk before its end.</summary>
    private static byte[] PaddedPng(byte[] png, int length)
    {
        const int chunkOverhead = 12;
        var padding = length - png.Length - chunkOverhead;
        Assert.That(padding, Is.GreaterThanOrEqualTo(0), "the PNG is already larger than wanted");
        var chunk = new byte[chunkOverhead + padding];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(chunk, padding);
        "prVt"u8.CopyTo(chunk.AsSpan(4));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + padding), Crc32(chunk.AsSpan(4, 4 + padding)));
        var end = png.Length - chunkOverhead;
        return [.. png.AsSpan(0, end), .. chunk, .. png.AsSpan(end)];
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static async Task<AngleSharp.Dom.IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The scan page's own view with the report form.</summary>
    private string FormPath => _path + "?bao-cao=mo";

    [Test]
    public async Task Scan_page_links_to_the_report_form_and_holds_no_token_of_its_own()
    {
        using var client = Shopper();
        var page = await HtmlPage.GetAsync(client, _path);
        var link = page.Document.QuerySelector("#report a.report-open");

        Assert.That(link?.GetAttribute("href"), Is.EqualTo(FormPath + "#report"));
        Assert.That(HtmlPage.Collapse(link!.TextContent), Is.EqualTo("Mở biểu mẫu báo cáo"));
        Assert.That(page.Document.QuerySelector("form"), Is.Null, "no form, so nothing of one visitor's is on a shared page");
        Assert.That(page.Document.QuerySelector("input[name=__RequestVerificationToken]"), Is.Null);
    }

    [Test]
    public async Task Report_view_shows_the_form_with_a_token_and_no_script_and_is_never_stored()
    {
        using var client = Shopper();
        using var response = await client.GetAsync(new Uri(FormPath, UriKind.Relative));
        var document = await ParseAsync(response);
        var form = document.QuerySelector("#report form.report-form");

        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(document.QuerySelector("#verdict"), Is.Not.Null, "the batch's page around the form");
        Assert.That(form, Is.Not.Null);
        Assert.That(form!.GetAttribute("method"), Is.EqualTo("post"));
        Assert.That(form.GetAttribute("enctype"), Is.EqualTo("multipart/form-data"));
        Assert.That(form.GetAttribute("action"), Is.EqualTo(_path + "?handler=report"));
        Assert.That(form.QuerySelector("input[name=__RequestVerificationToken]"), Is.Not.Null);
        Assert.That(form.QuerySelectorAll("script"), Is.Empty);
        Assert.That(HtmlPage.Collapse(document.QuerySelector("#report")!.TextContent), Does.Contain("Báo nghi ngờ hàng giả").And.Contain("tối đa 5 MB"));
    }

    [Test]
    public async Task Valid_report_is_stored_and_redirects_to_the_thank_you_view()
    {
        using var client = Shopper();
        using var response = await ReportAsync(client, "  Tem in mờ, hạn dùng khác trang này  ", "Chợ Bến Thành, quầy 12", "0912 345 678");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        var location = response.Headers.Location!.OriginalString;
        Assert.That(location, Is.EqualTo(_path + "?bao-cao=da-gui#report"));
        var thanks = await HtmlPage.GetAsync(client, location);
        Assert.That(HtmlPage.Collapse(thanks.Document.QuerySelector("#report-thanks")?.TextContent ?? ""), Does.Contain("Cảm ơn bạn"));
        Assert.That(thanks.Document.QuerySelector("form.report-form"), Is.Null, "a reload of the thank-you view sends nothing");

        var reports = await ReportsAsync();
        Assert.That(reports, Has.Count.EqualTo(1));
        var report = reports[0];
        Assert.That(report.BatchId, Is.EqualTo(_batch.Id));
        Assert.That(report.ProductId, Is.EqualTo(_batch.ProductId));
        Assert.That(report.WhatIsWrong, Is.EqualTo("Tem in mờ, hạn dùng khác trang này"));
        Assert.That(report.WhereBought, Is.EqualTo("Chợ Bến Thành, quầy 12"));
        Assert.That(report.Contact, Is.EqualTo("0912 345 678"));
        Assert.That(report.PhotoFileName, Is.Null);
        Assert.That(report.ReportedAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
        Assert.That(report.NetworkKey, Has.Length.EqualTo(32).And.Not.Contain("198.51"));
    }

    [Test]
    public async Task Report_from_a_serialised_pack_keeps_its_serial()
    {
        using var client = Shopper();
        // Followed from the serialised pack's scan page, as a shopper would.
        var scan = await HtmlPage.GetAsync(client, _path + "/21/P77");
        var link = scan.Document.QuerySelector("a.report-open")!.GetAttribute("href")!;
        var page = await HtmlPage.GetAsync(client, link.Split('#')[0]);
        var form = page.Document.QuerySelector("form.report-form")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Report.WhatIsWrong"] = "Số sê-ri trùng với hộp khác",
            ["Report.WhereBought"] = "Sạp 5, chợ Xuân Khánh",
        });

        using var response = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);

        Assert.That(link, Is.EqualTo(_path + "/21/P77?bao-cao=mo#report"));
        Assert.That(form.GetAttribute("action"), Is.EqualTo(_path + "/21/P77?handler=report"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That((await ReportsAsync()).Single().Serial, Is.EqualTo("P77"));
    }

    [Test]
    public async Task Photo_is_stored_under_a_name_the_server_chose_never_the_clients()
    {
        using var client = Shopper();
        var photo = await File.ReadAllBytesAsync(await _images.PhotoAsync("tem.png", 400, 300));
        using var response = await ReportAsync(client, "Nắp chai khác màu", "Cửa hàng A", photo: (photo, "../../../evil.png", "image/png"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        var report = (await ReportsAsync()).Single();
        var stored = StoredPhotos();
        Assert.That(stored, Has.Length.EqualTo(1));
        Assert.That(Path.GetFileName(stored[0]), Is.EqualTo(report.PhotoFileName));
        Assert.That(report.PhotoFileName, Does.Match("^[0-9a-f]{32}\\.jpg$"), "every photo is kept re-encoded as JPEG");
        Assert.That(await File.ReadAllBytesAsync(stored[0]), Is.Not.EqualTo(photo));
        var evil = Directory.EnumerateFiles(Path.GetDirectoryName(_factory.DataDirectory)!, "evil*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(_factory.DataDirectory, "evil*", SearchOption.AllDirectories));
        Assert.That(evil, Is.Empty);
    }

    [Test]
    public async Task Missing_fields_get_messages_next_to_them_and_keep_what_was_typed()
    {
        using var client = Shopper();
        using var response = await ReportAsync(client, "   ", "", "zalo 0987 654 321", photo: (Png(), "tem.png", "image/png"));
        var page = await ParseAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#report form.report-form"), Is.Not.Null, "the form is shown again with its messages");
        Assert.That(page.QuerySelector("#report-what-problem")?.TextContent, Is.EqualTo("Hãy cho biết điều gì có vẻ không đúng."));
        Assert.That(page.QuerySelector("#report-where-problem")?.TextContent, Is.EqualTo("Hãy cho biết bạn mua sản phẩm ở đâu."));
        Assert.That(page.QuerySelector("#Report_WhatIsWrong")?.GetAttribute("aria-describedby"), Does.Contain("report-what-problem"));
        Assert.That(page.QuerySelector("#Report_WhereBought")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(page.QuerySelector("#Report_Contact")?.GetAttribute("value"), Is.EqualTo("zalo 0987 654 321"));
        Assert.That(page.QuerySelector("#Report_Contact")?.HasAttribute("aria-invalid"), Is.False);
        Assert.That(page.QuerySelector("#report-photo-again"), Is.Not.Null, "the chosen photo must be chosen again");
        Assert.That(page.QuerySelectorAll("#report-problems li a").Select(a => a.GetAttribute("href")),
            Is.EqualTo(new[] { "#Report_WhatIsWrong", "#Report_WhereBought" }));
        Assert.That(await ReportsAsync(), Is.Empty);
        Assert.That(StoredPhotos(), Is.Empty);
    }

    [Test]
    public async Task Too_long_text_is_refused_with_the_limit_and_kept_for_editing()
    {
        using var client = Shopper();
        var what = new string('x', FakeReport.MaxWhatLength + 1);
        var where = new string('y', FakeReport.MaxWhereLength + 1);
        using var response = await ReportAsync(client, what, where, new string('z', FakeReport.MaxContactLength + 1));
        var page = await ParseAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#report-what-problem")?.TextContent, Does.Contain("1000 ký tự"));
        Assert.That(page.QuerySelector("#report-where-problem")?.TextContent, Does.Contain("200 ký tự"));
        Assert.That(page.QuerySelector("#report-contact-problem"), Is.Not.Null);
        Assert.That(page.QuerySelector("#Report_WhatIsWrong")?.TextContent.Trim(), Is.EqualTo(what));
        Assert.That(page.QuerySelector("#Report_WhereBought")?.GetAttribute("value"), Is.EqualTo(where));
        Assert.That(await ReportsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_PHP_script_renamed_jpg_is_refused_by_its_content()
    {
        using var client = Shopper();
        var script = "<?php system($_GET['c']); ?>"u8.ToArray();
        using var response = await ReportAsync(client, "Tem giả", "Chợ đêm", photo: (script, "tem.jpg", "image/jpeg"));
        var page = await ParseAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#report-photo-problem")?.TextContent, Does.Contain("không phải ảnh JPEG, PNG hoặc WebP"));
        Assert.That(page.QuerySelector("#Report_WhatIsWrong")?.TextContent.Trim(), Is.EqualTo("Tem giả"));
        Assert.That(page.QuerySelector("#report-photo-again"), Is.Null);
        Assert.That(await ReportsAsync(), Is.Empty);
        Assert.That(StoredPhotos(), Is.Empty);
    }

    [Test]
    public async Task A_photo_over_5_MB_is_refused()
    {
        using var client = Shopper();
        var photo = new byte[FakeReportInput.MaxPhotoBytes + 1];
        photo[0] = 0xFF;
        photo[1] = 0xD8;
        photo[2] = 0xFF;
        using var response = await ReportAsync(client, "Tem giả", "Chợ đêm", photo: (photo, "big.jpg", "image/jpeg"));
        var page = await ParseAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#report-photo-problem")?.TextContent, Does.Contain("lớn hơn 5 MB"));
        Assert.That(await ReportsAsync(), Is.Empty);
        Assert.That(StoredPhotos(), Is.Empty);
    }

    [Test]
    public async Task An_upload_far_over_the_limit_is_refused_as_a_bad_request_not_a_server_error()
    {
        using var client = Shopper();
        var photo = new byte[ScanPageModel.FormBodyLimit + 1];
        photo[0] = 0xFF;
        photo[1] = 0xD8;
        photo[2] = 0xFF;
        using var response = await ReportAsync(client, "Tem giả", "Chợ đêm", photo: (photo, "huge.jpg", "image/jpeg"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await ReportsAsync(), Is.Empty);
        Assert.That(StoredPhotos(), Is.Empty);
    }

    [Test]
    public async Task A_photo_of_exactly_5_MB_is_accepted()
    {
        using var client = Shopper();
        var photo = PaddedPng(await File.ReadAllBytesAsync(await _images.PhotoAsync("5mb.png", 1200, 900)), (int)FakeReportInput.MaxPhotoBytes);
        using var response = await ReportAsync(client, "Tem giả", "Chợ đêm", photo: (photo, "ok.png", "image/png"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(StoredPhotos(), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task A_JPEG_header_followed_by_HTML_and_script_is_refused_as_not_a_photo_and_what_was_typed_is_kept()
    {
        using var client = Shopper();
        byte[] header = [0xFF, 0xD8, 0xFF, 0xE0];
        var polyglot = header.Concat("<html><body><script>fetch('/backoffice').then(r=>r.text()).then(alert)</script></body></html>"u8.ToArray())
            .Concat(new byte[4096]).ToArray();
        using var response = await ReportAsync(client, "Tem dán lệch", "Chợ Long Xuyên", "0987 654 321", photo: (polyglot, "tem.jpg", "image/jpeg"));
        var page = await ParseAsync(response);
        var reports = await ReportsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector("#report-photo-problem")?.TextContent, Does.Contain("không phải ảnh JPEG, PNG hoặc WebP"));
            Assert.That(page.QuerySelector("#Report_WhatIsWrong")?.TextContent.Trim(), Is.EqualTo("Tem dán lệch"));
            Assert.That(page.QuerySelector("#Report_WhereBought")?.GetAttribute("value"), Is.EqualTo("Chợ Long Xuyên"));
            Assert.That(page.QuerySelector("#Report_Contact")?.GetAttribute("value"), Is.EqualTo("0987 654 321"));
            Assert.That(reports, Is.Empty);
            Assert.That(StoredPhotos(), Is.Empty);
        });
    }

    [Test]
    public async Task A_photo_with_an_EXIF_GPS_location_is_stored_as_a_clean_JPEG_without_it()
    {
        using var client = Shopper();
        var photo = SyntheticImages.WithExif(await File.ReadAllBytesAsync(await _images.PhotoAsync("gps.jpg", 800, 600)), SyntheticImages.GpsExif());
        var original = Path.Combine(_images.Directory, "gps-exif.jpg");
        await File.WriteAllBytesAsync(original, photo);
        // The test means something only if libvips itself reads the location from what is sent.
        Assert.That(await VipsImages.HeaderAsync(original), Does.Contain("GPSLatitude"));

        using var response = await ReportAsync(client, "Tem giả", "Chợ đêm", photo: (photo, "tem.jpg", "image/jpeg"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        var stored = StoredPhotos().Single();
        var bytes = await File.ReadAllBytesAsync(stored);
        var header = await VipsImages.HeaderAsync(stored);
        Assert.Multiple(() =>
        {
            Assert.That(bytes.AsSpan(0, 3).ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }));
            Assert.That(bytes.AsSpan().IndexOf("Exif"u8), Is.EqualTo(-1));
            Assert.That(header, Does.Not.Contain("GPS").And.Not.Contain("exif-").And.Contain("width: 800"));
        });
    }

    [Test]
    public async Task A_report_without_the_antiforgery_token_is_refused_with_400()
    {
        using var client = Shopper();
        using var response = await ReportAsync(client, "Tem giả", "Chợ đêm", withToken: false);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ReportsAsync(), Is.Empty);
    }

    [Test]
    public async Task The_sixth_report_in_an_hour_from_one_network_gets_a_friendly_429_page()
    {
        using var client = Shopper();
        for (var i = 1; i <= FakeReportRateLimit.ReportsPerWindow; i++)
        {
            using var accepted = await ReportAsync(client, $"Báo cáo {i}", "Chợ đêm");
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther), $"report {i}");
        }

        using var sixth = await ReportAsync(client, "Báo cáo 6", "Chợ đêm");
        var page = await ParseAsync(sixth);
        using var neighbour = Shopper();
        using var fromElsewhere = await ReportAsync(neighbour, "Báo cáo khác", "Chợ sáng");

        Assert.That(sixth.StatusCode, Is.EqualTo((HttpStatusCode)429));
        Assert.That(sixth.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromHours(1)));
        Assert.That(HtmlPage.Collapse(page.QuerySelector("h1")?.TextContent ?? ""), Is.EqualTo("Bạn đã gửi quá nhiều lần"));
        Assert.That(HtmlPage.Collapse(page.QuerySelector("main")?.TextContent ?? ""), Does.Contain("5 báo cáo trong một giờ"));
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("vi"));
        Assert.That(fromElsewhere.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther), "another network is not limited");
        Assert.That(await ReportsAsync(), Has.Count.EqualTo(FakeReportRateLimit.ReportsPerWindow + 1));
    }

    [Test]
    public async Task Viewing_scan_pages_is_never_rate_limited()
    {
        using var client = Shopper();
        for (var i = 0; i < FakeReportRateLimit.ReportsPerWindow + 3; i++)
        {
            using var response = await client.GetAsync(new Uri(_path, UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task The_form_its_messages_and_the_thank_you_view_are_valid_html()
    {
        using var client = Shopper();
        using var form = await client.GetAsync(new Uri(FormPath, UriKind.Relative));
        using var problems = await ReportAsync(client, "", "x", photo: (Png(), "a.png", "image/png"));
        using var sent = await ReportAsync(client, "Tem giả", "Chợ đêm");
        using var thanks = await client.GetAsync(new Uri(sent.Headers.Location!.OriginalString, UriKind.Relative));
        var folder = Directory.CreateTempSubdirectory("ocop-report-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            foreach (var (name, response) in new[] { ("form", form), ("problems", problems), ("thanks", thanks) })
            {
                var file = Path.Combine(folder, name + ".html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                pageOfFile[file] = name;
            }

            var errors = await NuHtmlChecker.ErrorsAsync(pageOfFile);

            Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Report_to_an_unknown_batch_is_404_and_stores_nothing()
    {
        using var client = Shopper();
        var page = await HtmlPage.GetAsync(client, FormPath);
        var token = page.Document.QuerySelector("form.report-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Report.WhatIsWrong"] = "x",
            ["Report.WhereBought"] = "y",
        });

        using var response = await client.PostAsync(new Uri(_path.Replace(Lot, "NOPE", StringComparison.Ordinal) + "?handler=report", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ReportsAsync(), Is.Empty);
    }
}
