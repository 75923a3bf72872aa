using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Tests.Core.Catalogue;

public sealed class OcopSubGroupsTests
{
    [Test]
    public void Every_one_of_the_six_groups_has_sub_groups()
    {
        Assert.That(Enum.GetValues<OcopGroup>().Where(g => !OcopSubGroups.Of(g).Any()), Is.Empty);
    }

    [Test]
    public void Sub_group_codes_are_unique_and_start_with_their_group_number()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OcopSubGroups.All.Select(s => s.Code), Is.Unique);
            foreach (var subGroup in OcopSubGroups.All)
            {
                Assert.That(subGroup.Code, Does.StartWith($"{(int)subGroup.Group}."), subGroup.NameVi);
            }
        });
    }

    [Test]
    public void Decision_148_lists_seventeen_sub_groups()
    {
        Assert.That(OcopSubGroups.All, Has.Count.EqualTo(17));
    }
}
