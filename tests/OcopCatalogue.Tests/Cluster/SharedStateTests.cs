using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Hardening;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>
/// What the servers of a cluster share through the store: data-protection keys (cookies and form tokens), the
/// network salt, the first-administrator link, and the sign-in and fake-report rate limits.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed partial class SharedStateTests(DatabaseProvider provider) : TwoNodeFixture(provider)
{
    private const int SignInLimit = 3;
    private const string Lot = "XD2025-07";

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Ocop:RateLimits:SignInPerMinute"] = SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task A_sign_in_form_from_one_node_posted_to_the_other_gives_a_cookie_the_first_accepts()
    {
        var user = await BackOfficeSession.CreateUserAsync(A, StaffRoles.Editor);
        var (onA, onB) = OneBrowser(A, B, "192.0.2.10");
        using (onA)
        using (onB)
        {
            // The form and its antiforgery token from B, posted to A; the session cookie A sets, read by B.
            var token = await BackOfficeSession.TokenAsync(onB, "/backoffice/dang-nhap");
            using var signIn = await onA.PostAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative), new FormUrlEncodedContent(
                [new("Email", user.Email!), new("Password", BackOfficeSession.Password), new("__RequestVerificationToken", token)]));
            using var meOnB = await onB.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));
            var me = await meOnB.Content.ReadAsStringAsync();

            Assert.Multiple(() =>
            {
                Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "A accepted B's form token");
                Assert.That(meOnB.StatusCode, Is.EqualTo(HttpStatusCode.OK), "B accepted A's cookie");
                Assert.That(me, Does.Contain("Editor"));
            });
        }
    }

    [Test]
    public void Both_nodes_key_networks_with_the_same_salt_from_the_store()
    {
        var onA = A.Services.GetRequiredService<NetworkSalt>().Bytes;
        var onB = B.Services.GetRequiredService<NetworkSalt>().Bytes;

        Assert.Multiple(() =>
        {
            Assert.That(onA, Has.Length.EqualTo(32));
            Assert.That(onB, Is.EqualTo(onA));
        });
    }

    [Test]
    public async Task Sign_in_attempts_split_across_the_nodes_reach_the_limit_together()
    {
        var (onA, onB) = OneBrowser(A, B, "198.51.100.7");
        using (onA)
        using (onB)
        {
            var answers = new List<HttpStatusCode>();
            foreach (var client in new[] { onA, onB, onA })
            {
                using var attempt = await BackOfficeSession.SignInAsync(client, $"khong-co-{answers.Count}@ocop.test", "mật khẩu sai hoàn toàn");
                answers.Add(attempt.StatusCode);
            }

            using var refused = await BackOfficeSession.SignInAsync(onB, "khong-co-nua@ocop.test", "mật khẩu sai hoàn toàn");
            var (otherA, otherB) = OneBrowser(A, B, "203.0.113.9");
            using (otherA)
            using (otherB)
            {
                using var elsewhere = await BackOfficeSession.SignInAsync(otherB, "khong-co@ocop.test", "mật khẩu sai hoàn toàn");

                Assert.Multiple(() =>
                {
                    Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK), "a wrong password shows the form again");
                    Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the fourth, on B, counted with A's");
                    Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
                    Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another network is not refused");
                });
            }
        }
    }

    [Test]
    public async Task Fake_reports_split_across_the_nodes_reach_the_hourly_limit_together()
    {
        var batch = await A.BatchAsync(Lot);
        var path = $"/01/{(await A.ProductAsync(batch.ProductId)).Gtin}/10/{Lot}";
        var (onA, onB) = OneBrowser(A, B, "198.51.200.20");
        using (onA)
        using (onB)
        {
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < FakeReportRateLimit.ReportsPerWindow; i++)
            {
                using var sent = await ReportAsync(i % 2 == 0 ? onA : onB, path, $"Báo cáo {i}");
                answers.Add(sent.StatusCode);
            }

            using var refused = await ReportAsync(onB, path, "Báo cáo thứ sáu");

            Assert.Multiple(() =>
            {
                Assert.That(answers, Is.All.EqualTo(HttpStatusCode.SeeOther));
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
                Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromHours(1)));
            });
        }
    }

    [Test]
    public async Task Counters_of_windows_past_are_deleted()
    {
        var counters = A.Services.GetRequiredService<ClusterRateCounters>();
        var (first, _) = await counters.CountAsync("test", "purge", TimeSpan.FromMinutes(1), CancellationToken.None);
        Clock.AdjustTime(Clock.GetUtcNow().AddMinutes(5));
        var (next, untilNext) = await counters.CountAsync("test", "purge", TimeSpan.FromMinutes(1), CancellationToken.None);
        var keys = await A.WithDbAsync(db => db.RateLimitCounters.Where(c => c.Key.StartsWith("test:purge:")).Select(c => c.Key).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(next, Is.EqualTo(1), "a new window counts from one");
            Assert.That(untilNext, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(keys, Has.Count.EqualTo(1), "the past window's row is gone");
        });
    }

    [Test]
    public async Task The_setup_link_printed_by_one_node_works_on_the_other_and_is_gone_from_both_once_used()
    {
        using var usync = USyncCopy.OfRepository();
        using var site = new OcopWebFactory(usync.Path) { Provider = Provider };
        var logsA = new LogCapture();
        var logsB = new LogCapture();
        using var a = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logsA)));
        _ = a.Server;
        using var b = site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logsB)));
        _ = b.Server;
        var printed = logsA.MessagesAt(LogLevel.Warning).Select(m => SetupLink().Match(m)).SingleOrDefault(m => m.Success);
        Assert.That(printed, Is.Not.Null, "A printed the link");
        var page = "/backoffice/thiet-lap?token=" + printed!.Groups[1].Value;
        var onB = BackOfficeSession.NewClient(b);
        var onA = BackOfficeSession.NewClient(a);

        using var form = await onB.GetAsync(new Uri(page, UriKind.Relative));
        using var created = await BackOfficeSession.PostFormAsync(onB, page,
        [
            new("Token", printed.Groups[1].Value), new("DisplayName", "Quản trị viên"), new("Email", "first-admin@ocop.test"),
            new("Password", BackOfficeSession.Password), new("ConfirmPassword", BackOfficeSession.Password),
        ]);
        using var againOnA = await onA.GetAsync(new Uri(page, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(logsB.MessagesAt(LogLevel.Warning), Has.Some.Contains($"printed by server {a.Services.GetRequiredService<ClusterNode>().Id}"),
                "B says where the link was printed instead of issuing another");
            Assert.That(logsB.MessagesAt(LogLevel.Warning).Where(m => SetupLink().IsMatch(m)), Is.Empty, "B printed no link of its own");
            Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.OK), "A's link opens on B");
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "and creates the first administrator there");
            Assert.That(againOnA.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "then it is gone on A too");
        });
        onA.Dispose();
        onB.Dispose();
    }

    [Test]
    public async Task Key_files_and_the_salt_file_of_a_single_server_are_adopted_into_the_store()
    {
        using var usync = USyncCopy.OfRepository();
        using var site = new OcopWebFactory(usync.Path) { Provider = Provider };
        var keys = Directory.CreateDirectory(Path.Combine(site.DataDirectory, DataProtectionKeyStart.LegacyFolder));
        // As the site kept its keys before: files in the data directory, under the site's application name.
        var before = DataProtectionProvider.Create(keys, b => b.SetApplicationName("OcopCatalogue")).CreateProtector("legacy-test");
        var protectedBefore = before.Protect("phiên đăng nhập cũ");
        var salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(site.DataDirectory, NetworkSalt.FileName), salt);
        var files = keys.GetFiles("*.xml").Length;

        _ = site.Server;
        var readAfter = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("legacy-test").Unprotect(protectedBefore);
        var stored = await site.WithDbAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.GreaterThan(0));
            Assert.That(readAfter, Is.EqualTo("phiên đăng nhập cũ"), "what the old keys protected is still readable");
            Assert.That(stored, Is.EqualTo(files), "the key files are in the store, and no other key was made");
            Assert.That(site.Services.GetRequiredService<NetworkSalt>().Bytes, Is.EqualTo(salt), "the old salt is kept, so stored keys stay comparable");
        });
    }

    private static async Task<HttpResponseMessage> ReportAsync(HttpClient client, string path, string what)
    {
        var page = await HtmlPage.GetAsync(client, path + "?bao-cao=mo");
        var form = page.Document.QuerySelector("form.report-form") ?? throw new AssertionException("the report view has no form");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(what), "Report.WhatIsWrong" },
            { new StringContent("Chợ đêm"), "Report.WhereBought" },
            { new StringContent(""), "Report.Contact" },
        };
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    [GeneratedRegex(@"thiet-lap\?token=([A-Za-z0-9_=-]+)")]
    private static partial Regex SetupLink();
}
