using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.Hardening;

public sealed class LogPrivacyTests
{
    [Test]
    public async Task Sign_ins_and_account_changes_leave_no_e_mail_address_in_the_logs()
    {
        var logs = new LogCapture();
        using var baseFactory = new OcopWebFactory();
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureLogging(l =>
        {
            l.AddProvider(logs);
            // Everything the site and the framework say, down to Debug, not only what appsettings lets through.
            l.AddFilter<LogCapture>(null, LogLevel.Debug);
        }));
        var writer = await BackOfficeSession.CreateUserAsync(factory, StaffRoles.Writer);
        using var client = BackOfficeSession.NewClient(factory);
        (await BackOfficeSession.SignInAsync(client, writer.Email!, "không phải mật khẩu đúng")).Dispose();
        (await BackOfficeSession.SignInAsync(client, "khong-ai-ca@ocop.test", "không phải mật khẩu đúng")).Dispose();
        await using var admin = await BackOfficeSession.SignInAsync(factory, StaffRoles.Administrator);
        const string created = "nguoi-moi@ocop.test";
        (await admin.PostFormAsync("/backoffice/tai-khoan", new Dictionary<string, string>
        {
            ["Email"] = created,
            ["DisplayName"] = "Người mới",
            ["Password"] = BackOfficeSession.Password,
            ["Role"] = StaffRoles.Writer,
        })).Dispose();

        var addresses = new[] { writer.Email!, "khong-ai-ca@ocop.test", admin.Email, created };
        var leaks = logs.Entries.Where(e => addresses.Any(a => e.Message.Contains(a, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(logs.Entries, Has.Count.GreaterThan(10), "the logs were captured");
            Assert.That(leaks.Select(e => $"{e.Category}: {e.Message}"), Is.Empty);
        });
    }
}
