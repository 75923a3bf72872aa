using OcopCatalogue.Web.BackOffice.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Accounts;

/// <summary>Where sign-in may send people back to, and which passwords are refused.</summary>
public sealed class AccountRulesTests
{
    [TestCase(null, "/backoffice")]
    [TestCase("", "/backoffice")]
    [TestCase("/backoffice/san-pham?page=2", "/backoffice/san-pham?page=2")]
    [TestCase("/backoffice", "/backoffice")]
    [TestCase("https://evil.example/backoffice", "/backoffice")]
    [TestCase("//evil.example/backoffice", "/backoffice")]
    [TestCase("/\\evil.example", "/backoffice")]
    [TestCase("/backoffice\\..\\..\\evil", "/backoffice")]
    [TestCase("/san-pham", "/backoffice")]
    [TestCase("/backofficeevil", "/backoffice")]
    [TestCase("javascript:alert(1)", "/backoffice")]
    [TestCase("/backoffice/\r\nLocation: https://evil.example", "/backoffice")]
    [TestCase("/backoffice?q=trà", "/backoffice?q=tr%C3%A0")]
    [TestCase("/backoffice/san-pham?q=chè thái", "/backoffice/san-pham?q=ch%C3%A8%20th%C3%A1i")]
    [TestCase("/backoffice/\uFF0F\uFF0Fevil.example", "/backoffice/%EF%BC%8F%EF%BC%8Fevil.example")]
    public void Return_url_stays_inside_the_back_office(string? returnUrl, string expected) =>
        Assert.That(SafeReturnUrl.Resolve(returnUrl), Is.EqualTo(expected));

    [TestCase("password1234")]
    [TestCase("Password1234!")]
    [TestCase("matkhau123456")]
    [TestCase("Mật khẩu 123456")]
    [TestCase("qwertyuiop123")]
    [TestCase("123456789012")]
    [TestCase("aaaaaaaaaaaaaaa")]
    [TestCase("abcabcabcabc")]
    [TestCase("ocop2024ocop2024")]
    [TestCase("nguyenvana1990", "nguyenvana@example.vn")]
    public void Common_or_personal_passwords_are_refused(string password, string? email = null) =>
        Assert.That(CommonPasswordValidator.IsCommon(password, email), Is.True);

    [TestCase("ruộng lúa chín vàng ươm 2024")]
    [TestCase("trà xạ đen Long Xuyên ngon")]
    [TestCase("k7#Lq9!vZp2@Rt")]
    public void Long_uncommon_passwords_pass(string password) =>
        Assert.That(CommonPasswordValidator.IsCommon(password, "staff@ocop.test"), Is.False);
}
