using System.Net;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Accounts;

/// <summary>
/// An account change whose audit entry cannot be written (a trigger makes that one insert fail, as a full disk
/// could) keeps nothing of the change: Identity saves after each of its steps, so without one transaction the role,
/// lockout, password or two-factor setting would be changed with no record of who did it.
/// </summary>
public sealed class AccountChangeTests
{
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory();

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [TearDown]
    public Task DropTrigger() => DatabaseFile.ExecuteAsync(_factory.DatabasePath, "DROP TRIGGER IF EXISTS fail_account_step;");

    [Test]
    public async Task A_role_change_that_cannot_be_audited_keeps_the_old_role_producers_and_sessions()
    {
        var producer = Guid.Parse(await DatabaseFile.TextAsync(_factory.DatabasePath, "SELECT Id FROM Producers ORDER BY Name LIMIT 1"));
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, [producer]);
        await FailAsync("role.changed");

        using var changed = await admin.PostFormAsync($"/backoffice/tai-khoan/{writer.UserId}", [new("Role", StaffRoles.Editor)]);
        using var me = await writer.Client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(changed.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "not acknowledged");
            Assert.That(await RoleOfAsync(writer.UserId), Is.EqualTo(StaffRoles.Writer));
            Assert.That(await DatabaseFile.CountAsync(_factory.DatabasePath,
                $"SELECT COUNT(*) FROM StaffProducerLimits WHERE UserId = '{writer.UserId}'"), Is.EqualTo(1), "producer limit kept");
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the writer's session was not ended");
        });
    }

    [Test]
    public async Task A_lock_that_cannot_be_audited_leaves_the_account_open()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        var editor = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        await FailAsync("user.locked");

        var page = $"/backoffice/tai-khoan/{editor.Id}";
        using var locked = await admin.PostFormAsync(page, [new("locked", "true")], page + "?handler=Lock");
        using var client = BackOfficeSession.NewClient(_factory);
        using var signIn = await BackOfficeSession.SignInAsync(client, editor.Email!, BackOfficeSession.Password);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(locked.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "not acknowledged");
            Assert.That(await DatabaseFile.TextAsync(_factory.DatabasePath, $"SELECT LockoutEnd FROM AspNetUsers WHERE Id = '{editor.Id}'"), Is.Empty);
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the account still signs in");
        });
    }

    [Test]
    public async Task A_password_change_that_cannot_be_audited_keeps_the_old_password()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        await FailAsync("password.changed");
        const string newPassword = "cánh đồng cỏ may ven sông 2025";

        using var changed = await editor.PostFormAsync("/backoffice/bao-mat",
            [new("CurrentPassword", BackOfficeSession.Password), new("NewPassword", newPassword)], "/backoffice/bao-mat?handler=Password");
        using var oldClient = BackOfficeSession.NewClient(_factory);
        using var withOld = await BackOfficeSession.SignInAsync(oldClient, editor.Email, BackOfficeSession.Password);
        using var newClient = BackOfficeSession.NewClient(_factory);
        using var withNew = await BackOfficeSession.SignInAsync(newClient, editor.Email, newPassword);
        using var me = await editor.Client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(changed.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "not acknowledged");
            Assert.That(withOld.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the old password still signs in");
            Assert.That(withNew.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the new one does not (the form is shown again)");
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session was not ended");
        });
    }

    [Test]
    public async Task Two_factor_sign_in_that_cannot_be_audited_stays_off_without_recovery_codes()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var key = await AccountsTests.SharedKeyAsync(editor);
        await FailAsync("twofactor.enabled");

        using var enabled = await editor.PostFormAsync("/backoffice/bao-mat",
            [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))], "/backoffice/bao-mat?handler=Enable");
        using var client = BackOfficeSession.NewClient(_factory);
        using var signIn = await BackOfficeSession.SignInAsync(client, editor.Email, BackOfficeSession.Password);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await enabled.Content.ReadAsStringAsync(), Does.Not.Contain("mã khôi phục"), "no recovery codes shown");
            Assert.That(await DatabaseFile.TextAsync(_factory.DatabasePath, $"SELECT TwoFactorEnabled FROM AspNetUsers WHERE Id = '{editor.UserId}'"),
                Is.EqualTo("0"));
            Assert.That(await DatabaseFile.CountAsync(_factory.DatabasePath,
                $"SELECT COUNT(*) FROM AspNetUserTokens WHERE UserId = '{editor.UserId}' AND Name = 'RecoveryCodes'"), Is.Zero);
            Assert.That(signIn.Headers.Location?.OriginalString, Does.Not.StartWith("/backoffice/dang-nhap/xac-thuc"), "sign-in asks no code");
        });
    }

    private Task FailAsync(string action) => DatabaseFile.FailAuditEntriesAsync(_factory.DatabasePath, "fail_account_step", action);

    private Task<string> RoleOfAsync(string userId) => DatabaseFile.TextAsync(_factory.DatabasePath,
        $"SELECT r.Name FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE ur.UserId = '{userId}'");
}
