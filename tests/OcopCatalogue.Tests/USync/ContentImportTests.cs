using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.USync;

public sealed class ContentImportTests
{
    [Test]
    public async Task Second_start_with_unchanged_files_changes_nothing()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var before = await ContentStoreSnapshot.TakeAsync(factory);

        var logs = new LogCapture();
        using var secondStart = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var after = await ContentStoreSnapshot.TakeAsync(secondStart);

        var fileCount = USyncCopy.JsonFiles(usync.Path).Count;
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Not.Empty);
            Assert.That(after, Is.EqualTo(before), "no UpdatedAt or ImportedAt moved");
            Assert.That(logs.MessagesAt(LogLevel.Information),
                Has.One.EqualTo($"uSync import: 0 added, 0 updated, {fileCount} unchanged, 0 failed"));
        });
    }

    [Test]
    public async Task Changed_file_updates_its_item_and_nothing_else()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var before = await ContentStoreSnapshot.TakeAsync(factory);
        usync.Edit("products/tra-xa-den.json", json => json["shortDescription"] = "Mô tả đã sửa.");

        var report = await factory.ImportAsync();

        var after = await ContentStoreSnapshot.TakeAsync(factory);
        var moved = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(report.Updated, Is.EqualTo(Expected.Of("products/tra-xa-den.json")));
            Assert.That(report.Added, Is.Empty);
            Assert.That(report.Failed, Is.Empty);
            Assert.That(moved, Is.EquivalentTo(Expected.Of("product tra-xa-den", "file products/tra-xa-den.json")));
            Assert.That((await factory.ProductAsync("tra-xa-den")).ShortDescription, Is.EqualTo("Mô tả đã sửa."));
        });
    }

    [Test]
    public async Task Reformatted_file_with_the_same_content_updates_no_item()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        var before = await ContentStoreSnapshot.TakeAsync(factory);
        // Same facts, other bytes: CRLF line ends and the published 65.30 instead of the canonical 65.3.
        var text = usync.Read("certificates/nuoc-cot-dau-tam-tuoi-1.json");
        Assert.That(text, Does.Contain("\"score\": 65.3,"));
        usync.Write("certificates/nuoc-cot-dau-tam-tuoi-1.json", text.Replace("65.3,", "65.30,", StringComparison.Ordinal).ReplaceLineEndings("\r\n"));

        var report = await factory.ImportAsync();

        var after = await ContentStoreSnapshot.TakeAsync(factory);
        Assert.Multiple(() =>
        {
            Assert.That(report.Updated, Is.Empty);
            Assert.That(report.Unchanged, Does.Contain("certificates/nuoc-cot-dau-tam-tuoi-1.json"));
            Assert.That(report.ChangedAnything, Is.False);
            Assert.That(after.Where(kv => !kv.Key.StartsWith("file ", StringComparison.Ordinal)),
                Is.EquivalentTo(before.Where(kv => !kv.Key.StartsWith("file ", StringComparison.Ordinal))));
        });
    }

    [Test]
    public async Task New_file_adds_one_item()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        _ = factory.Services;
        usync.Write("pages/thu-nghiem.json", $$"""
            {
              "key": "{{Guid.NewGuid()}}",
              "slug": "thu-nghiem",
              "title": "Trang thử nghiệm",
              "bodyHtml": "<p>Nội dung.</p>"
            }
            """);

        var report = await factory.ImportAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(report.Added, Is.EqualTo(Expected.Of("pages/thu-nghiem.json")));
            Assert.That(report.Updated, Is.Empty);
            Assert.That(await factory.WithDbAsync(db => db.Pages.CountAsync(p => p.Slug == "thu-nghiem" && p.Title == "Trang thử nghiệm")), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Broken_json_is_reported_with_path_and_line_and_the_rest_still_imports()
    {
        using var usync = USyncCopy.OfRepository();
        var lines = usync.Read("products/sa-te-thai-hoa.json").Split('\n');
        var nameLine = Array.FindIndex(lines, l => l.StartsWith("  \"name\":", StringComparison.Ordinal));
        lines[nameLine] = lines[nameLine].TrimEnd(',');
        usync.Write("products/sa-te-thai-hoa.json", string.Join('\n', lines));
        // The reader notices the missing comma at the start of the next property, one line further down.
        var expectedLine = nameLine + 2;

        var logs = new LogCapture();
        using var factory = new OcopWebFactory(usync.Path);
        using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var slugs = await ProductSlugsAsync(host);
        var report = await host.ImportAsync();

        var problem = report.Problems.Single(p => p.Path == "products/sa-te-thai-hoa.json");
        Assert.Multiple(() =>
        {
            Assert.That(logs.MessagesAt(LogLevel.Warning),
                Has.Some.StartsWith($"uSync file skipped: products/sa-te-thai-hoa.json:{expectedLine}:"));
            Assert.That(problem.Line, Is.EqualTo(expectedLine));
            Assert.That(problem.Column, Is.EqualTo(3));
            Assert.That(problem.Message, Does.StartWith("invalid JSON"));
            Assert.That(slugs, Does.Not.Contain("sa-te-thai-hoa"));
            Assert.That(slugs, Has.Count.EqualTo(USyncCopy.JsonFiles(usync.Path).Count(f => f.StartsWith("products/", StringComparison.Ordinal)) - 1));
            Assert.That(report.Failed, Is.EquivalentTo(Expected.Of("products/sa-te-thai-hoa.json", "certificates/sa-te-thai-hoa-1.json")),
                "its certificate names a product that did not import");
        });
    }

    [Test]
    public async Task Score_outside_0_to_100_is_reported_at_its_line_and_skipped()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit("certificates/tra-xa-den-1.json", json => json["score"] = 101m);
        var scoreLine = LineOf(usync.Read("certificates/tra-xa-den-1.json"), "\"score\"");

        using var factory = new OcopWebFactory(usync.Path);
        var report = await factory.ImportAsync();

        var problem = report.Problems.Single();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(problem.Path, Is.EqualTo("certificates/tra-xa-den-1.json"));
            Assert.That(problem.Line, Is.EqualTo(scoreLine));
            Assert.That(problem.Message, Does.Contain("101").And.Contain("outside"));
            Assert.That(await factory.WithDbAsync(db => db.Certificates.CountAsync(c => c.Score == 101m)), Is.Zero);
            Assert.That(await factory.WithDbAsync(db => db.Certificates.CountAsync()),
                Is.EqualTo(USyncCopy.JsonFiles(usync.Path).Count(f => f.StartsWith("certificates/", StringComparison.Ordinal)) - 1));
        });
    }

    [Test]
    public async Task Unknown_producer_key_is_reported_and_the_product_skipped()
    {
        using var usync = USyncCopy.OfRepository();
        var stranger = Guid.NewGuid();
        usync.Edit("products/mut-dau-tam.json", json => json["producer"] = stranger);

        using var factory = new OcopWebFactory(usync.Path);
        var slugs = await ProductSlugsAsync(factory);
        var report = await factory.ImportAsync();

        var problem = report.Problems.Single(p => p.Path == "products/mut-dau-tam.json");
        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.Contain(stranger.ToString()).And.Contain("producer"));
            Assert.That(problem.Line, Is.EqualTo(LineOf(usync.Read("products/mut-dau-tam.json"), "\"producer\"")));
            Assert.That(slugs, Does.Not.Contain("mut-dau-tam"));
            Assert.That(slugs, Does.Contain("ruou-dau-tam"), "the producer's other products still import");
        });
    }

    [Test]
    public async Task Malformed_slug_and_missing_name_are_both_reported()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit("producers/thao-an-khang.json", json =>
        {
            json["slug"] = "Thảo An Khang";
            json["name"] = " ";
        });

        using var factory = new OcopWebFactory(usync.Path);
        var report = await factory.ImportAsync();

        var messages = report.Problems.Where(p => p.Path == "producers/thao-an-khang.json").Select(p => p.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Some.EqualTo(
                "slug 'Thảo An Khang' is not well-formed: use a–z, 0–9 and single hyphens, for example 'thao-an-khang'."));
            Assert.That(messages, Has.Some.EqualTo("name is missing."));
            Assert.That(report.Failed, Does.Contain("products/tra-xa-den.json"), "products of a skipped producer name an unknown key");
        });
    }

    [Test]
    public async Task Duplicate_key_and_duplicate_slug_are_reported_and_the_original_kept()
    {
        using var usync = USyncCopy.OfRepository();
        var page = usync.Json("pages/lien-he.json");
        page["slug"] = "lien-he-2";
        usync.Write("pages/lien-he-2.json", page.ToJsonString(USyncJson.Options));
        var product = usync.Json("products/ruou-dau-tam.json");
        product["key"] = Guid.NewGuid();
        usync.Write("products/ruou-dau-tam-ban-sao.json", product.ToJsonString(USyncJson.Options));

        using var factory = new OcopWebFactory(usync.Path);
        var report = await factory.ImportAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems.Single(p => p.Path == "pages/lien-he.json").Message,
                Does.Contain("already used by pages/lien-he-2.json"), "files import in path order, so lien-he-2 came first");
            Assert.That(report.Problems.Single(p => p.Path == "products/ruou-dau-tam.json").Message,
                Does.Contain("slug 'ruou-dau-tam' is already used by products/ruou-dau-tam-ban-sao.json"));
        });
    }

    [Test]
    public async Task File_removed_from_disk_keeps_its_content_and_is_reported()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        _ = factory.Services;
        File.Delete(Path.Combine(usync.Path, "pages", "lien-he.json"));

        var report = await factory.ImportAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(report.MissingFromDisk, Is.EqualTo(Expected.Of("pages/lien-he.json")));
            Assert.That(report.Failed, Is.Empty);
            Assert.That(await factory.WithDbAsync(db => db.Pages.CountAsync(p => p.Slug == "lien-he")), Is.EqualTo(1));
        });
    }

    [Test]
    public void Missing_uSync_folder_stops_the_start_with_a_clear_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ocop-no-such-usync-" + Guid.NewGuid());
        using var factory = new OcopWebFactory(missing);

        var error = Assert.Catch(() => _ = factory.Services);

        Assert.That(error!.ToString(), Does.Contain("Ocop:USyncDirectory").And.Contain(missing));
    }

    private static Task<List<string>> ProductSlugsAsync(WebApplicationFactory<Program> site) =>
        site.WithDbAsync(db => db.Products.Select(p => p.Slug).ToListAsync());

    [Test]
    public async Task Story_with_a_script_is_stored_sanitised()
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        usync.Edit("products/tra-xa-den.json", json => json["storyHtml"] = "<p onclick=\"steal()\">Trà<script>alert(1)</script> xạ đen</p>");

        await factory.ImportAsync();

        Assert.That((await factory.ProductAsync("tra-xa-den")).StoryHtml, Is.EqualTo("<p>Trà xạ đen</p>"));
    }

    private static int LineOf(string text, string marker) =>
        Array.FindIndex(text.Split('\n'), l => l.TrimStart().StartsWith(marker, StringComparison.Ordinal)) + 1;
}
