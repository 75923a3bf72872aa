using System.Data.Common;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data;

/// <summary>
/// A full disk, simulated by capping the database's size (<c>PRAGMA max_page_count</c>) on every connection the
/// site opens: SQLite then answers SQLITE_FULL as soon as a write needs one more page, as it does on a full disk.
/// </summary>
public sealed class StorageFullTests
{
    [Test]
    public async Task A_write_on_a_full_disk_tells_the_editor_nothing_was_saved_and_leaves_nothing_half_written()
    {
        using var empty = new EmptyFolder();
        var cap = new PageCap();
        using var baseFactory = new OcopWebFactory(empty.Path);
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<DbConnectionInterceptor>(cap)));
        await using var admin = await BackOfficeSession.SignInAsync(factory, StaffRoles.Administrator);
        var usersBefore = await DatabaseFile.CountAsync(baseFactory.DatabasePath, "SELECT COUNT(*) FROM AspNetUsers");

        cap.Pages = await DatabaseFile.CountAsync(baseFactory.DatabasePath, "PRAGMA page_count");
        var saved = new List<string>();
        HttpResponseMessage? refused = null;
        string refusedEmail = "";
        // Each account fits in the pages' free space for a while; the one that needs a new page fails.
        for (var i = 0; i < 200 && refused is null; i++)
        {
            var email = $"bien-tap-vien-{i:D3}-{new string('x', 60)}@ocop.test";
            var response = await admin.PostFormAsync("/backoffice/tai-khoan", new Dictionary<string, string>
            {
                ["Email"] = email,
                ["DisplayName"] = "Biên tập viên " + new string('a', 80),
                ["Password"] = BackOfficeSession.Password,
                ["Role"] = StaffRoles.Writer,
            });
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                saved.Add(email);
                response.Dispose();
            }
            else
            {
                refused = response;
                refusedEmail = email;
            }
        }

        Assert.That(refused, Is.Not.Null, "the capped database filled up");
        using (refused)
        {
            var html = await refused!.Content.ReadAsStringAsync();
            var document = new HtmlParser().ParseDocument(html);
            var text = HtmlPage.Collapse(document.QuerySelector("main")!.TextContent);
            cap.Pages = null;
            SqliteConnection.ClearAllPools();

            await Assert.MultipleAsync(async () =>
            {
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(document.QuerySelector("h1")?.TextContent, Is.EqualTo("Chưa lưu được"));
                Assert.That(text, Does.Contain("Máy chủ hết dung lượng lưu trữ, nội dung chưa được lưu."));
                Assert.That(text, Does.Contain("bấm nút Quay lại"));
                Assert.That(html, Does.Not.Contain("Exception").And.Not.Contain("SQLite Error").And.Not.Contain("   at "));
                Assert.That(await ContentBackup.IntegrityAsync(baseFactory.DatabasePath), Is.EqualTo("ok"));
                Assert.That(await DatabaseFile.CountAsync(baseFactory.DatabasePath, "SELECT COUNT(*) FROM AspNetUsers"), Is.EqualTo(usersBefore + saved.Count),
                    "every account created before the disk filled, and not the one that failed");
                Assert.That(await DatabaseFile.CountAsync(baseFactory.DatabasePath, $"SELECT COUNT(*) FROM AspNetUsers WHERE Email = '{refusedEmail}'"), Is.Zero);
                Assert.That(await DatabaseFile.CountAsync(baseFactory.DatabasePath, "SELECT COUNT(*) FROM AspNetUsers u WHERE NOT EXISTS (SELECT 1 FROM AspNetUserRoles r WHERE r.UserId = u.Id)"), Is.Zero,
                    "no account without its role");
                Assert.That(await DatabaseFile.CountAsync(baseFactory.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'user.created'"), Is.EqualTo(saved.Count),
                    "an audit entry for each saved account, none for the failed one");
            });
        }

        // Once there is room again the same form saves.
        using var retry = await admin.PostFormAsync("/backoffice/tai-khoan", new Dictionary<string, string>
        {
            ["Email"] = refusedEmail,
            ["DisplayName"] = "Biên tập viên",
            ["Password"] = BackOfficeSession.Password,
            ["Role"] = StaffRoles.Writer,
        });
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    /// <summary>
    /// A write failing at one step of a save and publish (made to fail by a trigger on its audit entry, as a full
    /// disk could make any step fail): the editor is not told it was saved, and nothing of it is kept.
    /// </summary>
    [TestCase("content.draft")]
    [TestCase("content.published")]
    public async Task Save_and_publish_failing_at_any_step_keeps_nothing_of_it(string failingAuditAction)
    {
        using var factory = new OcopWebFactory();
        await using var editor = await BackOfficeSession.SignInAsync(factory, StaffRoles.Editor);
        var page = await DatabaseFile.TextAsync(factory.DatabasePath, "SELECT Id FROM Pages ORDER BY Slug LIMIT 1");
        var titleBefore = await DatabaseFile.TextAsync(factory.DatabasePath, $"SELECT Title FROM Pages WHERE Id = '{page}'");
        var edit = "/backoffice/trang/" + Guid.Parse(page);
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Title");
        await DatabaseFile.FailAuditEntriesAsync(factory.DatabasePath, "fail_step", failingAuditAction);

        form.Set("Form.Title", "Tiêu đề không được lưu");
        using var response = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "not acknowledged");
            Assert.That(await DatabaseFile.CountAsync(factory.DatabasePath, $"SELECT COUNT(*) FROM ContentVersions WHERE ItemId = '{page}'"), Is.Zero,
                "no version of a change the editor was told failed");
            Assert.That(await DatabaseFile.TextAsync(factory.DatabasePath, $"SELECT Title FROM Pages WHERE Id = '{page}'"), Is.EqualTo(titleBefore));
            Assert.That(await DatabaseFile.CountAsync(factory.DatabasePath, $"SELECT COUNT(*) FROM AuditEntries WHERE ItemId = '{page}'"), Is.Zero);
        });
        using var publicPage = await factory.CreateClient().GetAsync(new Uri("/trang/" + await DatabaseFile.TextAsync(factory.DatabasePath, $"SELECT Slug FROM Pages WHERE Id = '{page}'"), UriKind.Relative));
        Assert.That(await publicPage.Content.ReadAsStringAsync(), Does.Not.Contain("Tiêu đề không được lưu"));
    }

    /// <summary>Caps every connection's database size at <see cref="Pages"/> while it is set.</summary>
    private sealed class PageCap : DbConnectionInterceptor
    {
        public long? Pages { get; set; }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            Apply(connection).GetAwaiter().GetResult();

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
            Apply(connection);

        private async Task Apply(DbConnection connection)
        {
            await using var command = connection.CreateCommand();
            // Lifting the cap: SQLite's own maximum (it cannot be set below the current size either way).
            command.CommandText = $"PRAGMA max_page_count = {Pages ?? 4294967294};";
            await command.ExecuteNonQueryAsync();
        }
    }

    private sealed class EmptyFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
