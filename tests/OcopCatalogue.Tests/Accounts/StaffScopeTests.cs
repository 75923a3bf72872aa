using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.Accounts;

public sealed class StaffScopeTests
{
    [Test]
    public void A_writer_with_producer_claims_is_limited_to_them()
    {
        var producer = Guid.NewGuid();
        var scope = StaffScope.From(StaffPrincipal.For(StaffRoles.Writer, producer));
        Assert.Multiple(() =>
        {
            Assert.That(scope.IsLimited, Is.True);
            Assert.That(scope.Allows(producer), Is.True);
            Assert.That(scope.Allows(Guid.NewGuid()), Is.False);
            Assert.That(scope.Allows(null), Is.False, "items without a producer are not theirs");
        });
    }

    [Test]
    public void Writers_without_producers_and_editors_are_unlimited()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StaffScope.From(StaffPrincipal.For(StaffRoles.Writer)).IsLimited, Is.False);
            Assert.That(StaffScope.From(StaffPrincipal.For(StaffRoles.Editor, Guid.NewGuid())).Allows(Guid.NewGuid()), Is.True);
            Assert.That(StaffScope.From(StaffPrincipal.For(StaffRoles.Administrator)).Allows(null), Is.True);
        });
    }
}
