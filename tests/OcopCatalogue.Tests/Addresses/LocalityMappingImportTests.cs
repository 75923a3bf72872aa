using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Addresses;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Addresses;

/// <summary>uSync/localities: read strictly like every content type, and the content's addresses agree with it.</summary>
public sealed class LocalityMappingImportTests
{
    private const string MyHoaHung = "localities/an-giang-thanh-pho-long-xuyen-xa-my-hoa-hung.json";
    private const string LongMy = "localities/hau-giang-huyen-long-my.json";

    [Test]
    public async Task The_repository_mappings_import_with_their_resolutions_and_no_invented_unit()
    {
        using var site = new OcopWebFactory(RepositoryPaths.USync);
        var report = await site.ImportAsync();
        var mappings = await site.WithDbAsync(db => db.LocalityMappings.AsNoTracking().ToListAsync());
        var myHoaHung = mappings.Single(m => m.PublishedCommuneOrWard == "Xã Mỹ Hòa Hưng");
        var longMy = mappings.Single(m => m.PublishedDistrict == "Huyện Long Mỹ");

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Is.Empty);
            Assert.That(mappings, Has.Count.EqualTo(Directory.GetFiles(Path.Combine(RepositoryPaths.USync, "localities"), "*.json").Length));
            Assert.That(myHoaHung.CurrentCommuneOrWard, Is.EqualTo("Xã Mỹ Hòa Hưng"));
            Assert.That(myHoaHung.CommuneResolution, Is.EqualTo("1654/NQ-UBTVQH15"));
            Assert.That(myHoaHung.CommuneResolutionDate, Is.EqualTo(new DateOnly(2025, 6, 16)));
            Assert.That(myHoaHung.ProvinceResolution, Is.EqualTo("202/2025/QH15"));
            Assert.That(myHoaHung.ProvinceResolutionDate, Is.EqualTo(new DateOnly(2025, 6, 12)));
            Assert.That(longMy.CurrentProvince, Is.EqualTo("Cần Thơ"));
            Assert.That(longMy.CurrentCommuneOrWard, Is.Null, "a whole district went into several communes: no single one is given");
            Assert.That(mappings.Where(m => m.CurrentCommuneOrWard is not null), Has.All.Matches<LocalityMapping>(m => m.CommuneResolution is not null && m.VerifiedAt is not null));
        });
    }

    [TestCase("currentProvince", "Cần Thơ", "provinceResolution", null, "provinceResolution is missing: currentProvince needs the resolution that made it")]
    [TestCase("communeResolution", "1668/NQ-UBTVQH15", "currentCommuneOrWard", "Xã Thử", "currentProvince is missing: a current commune or ward needs its current province")]
    [TestCase("provinceResolution", "Nghị quyết 202", null, null, "provinceResolution 'Nghị quyết 202' is not a resolution number as the documents write it")]
    [TestCase("provinceResolutionDate", "2019-06-12", null, null, "provinceResolutionDate 2019-06-12 is not a date of the 2025 reorganisation")]
    public async Task A_mapping_that_breaks_a_rule_is_refused_with_the_reason_and_the_rest_imports(string property, string value, string? other, string? otherValue, string message)
    {
        using var copy = USyncCopy.OfRepository();
        var json = JsonNode.Parse(copy.Read(LongMy))!;
        json[property] = value;
        if (other is not null)
        {
            json[other] = otherValue;
        }

        if (property == "communeResolution")
        {
            json["currentProvince"] = null;
            json["provinceResolution"] = null;
            json["provinceResolutionDate"] = null;
        }

        copy.Write(LongMy, json.ToJsonString(USyncJson.Options));
        using var site = new OcopWebFactory(copy.Path);

        var report = await site.ImportAsync();
        var stored = await site.WithDbAsync(db => db.LocalityMappings.AnyAsync(m => m.PublishedDistrict == "Huyện Long Mỹ"));
        var others = await site.WithDbAsync(db => db.LocalityMappings.CountAsync());

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems.Where(p => p.Path.EndsWith(LongMy, StringComparison.Ordinal)).Select(p => p.Message), Has.Some.Contains(message));
            Assert.That(stored, Is.False);
            Assert.That(others, Is.GreaterThan(0), "the other mappings still import");
        });
    }

    [Test]
    public async Task An_unknown_property_in_a_mapping_is_an_error_not_ignored()
    {
        using var copy = USyncCopy.OfRepository();
        copy.Write(MyHoaHung, copy.Read(MyHoaHung).Replace("\"note\":", "\"nota\":", StringComparison.Ordinal));
        using var site = new OcopWebFactory(copy.Path);

        var report = await site.ImportAsync();

        Assert.That(report.Problems.Where(p => p.Path.EndsWith(MyHoaHung, StringComparison.Ordinal)), Is.Not.Empty);
    }

    [Test]
    public async Task A_second_file_for_the_same_published_locality_is_refused()
    {
        using var copy = USyncCopy.OfRepository();
        var twin = JsonNode.Parse(copy.Read(MyHoaHung))!;
        twin["key"] = Guid.NewGuid().ToString();
        twin["publishedCommuneOrWard"] = "xã Mỹ Hoà Hưng";
        copy.Write("localities/zz-twin.json", twin.ToJsonString(USyncJson.Options));
        using var site = new OcopWebFactory(copy.Path);

        var report = await site.ImportAsync();

        Assert.That(report.Problems.Where(p => p.Path.EndsWith("zz-twin.json", StringComparison.Ordinal)).Select(p => p.Message),
            Has.Some.Contains("is already mapped by localities/an-giang-thanh-pho-long-xuyen-xa-my-hoa-hung.json"));
    }

    /// <summary>Every address in uSync/ carries exactly the units its mapping gives, so the two never drift apart,
    /// and no address has a unit of today that no sourced mapping stands behind.</summary>
    [Test]
    public void Every_address_in_the_content_has_the_units_its_mapping_gives()
    {
        var mappings = Directory.GetFiles(Path.Combine(RepositoryPaths.USync, "localities"), "*.json")
            .Select(f => USyncJson.Deserialize<LocalityMappingFile>(File.ReadAllBytes(f))!).ToList();
        var addresses = new List<(string File, string Province, string? District, string? Commune, string? CurrentCommune, string? CurrentProvince)>();
        foreach (var folder in new[] { "producers", "sales-points" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.USync, folder), "*.json"))
            {
                var address = JsonNode.Parse(File.ReadAllText(file))!["address"]!;
                addresses.Add((file, (string)address["province"]!, (string?)address["district"], (string?)address["communeOrWard"],
                    (string?)address["currentCommuneOrWard"], (string?)address["currentProvince"]));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.USync, "products"), "*.json"))
        {
            var product = JsonNode.Parse(File.ReadAllText(file))!;
            if (product["producer"] is null && (string?)product["originProvince"] is { } province)
            {
                var locality = (string?)product["originLocality"];
                var isDistrict = locality?.StartsWith("Huyện", StringComparison.Ordinal) == true;
                addresses.Add((file, province, isDistrict ? locality : null, isDistrict ? null : locality,
                    (string?)product["originCurrentCommuneOrWard"], (string?)product["originCurrentProvince"]));
            }
        }

        Assert.That(addresses, Has.Count.GreaterThan(8));
        Assert.Multiple(() =>
        {
            foreach (var a in addresses)
            {
                var mapping = mappings.Where(m => LocalityMappingRules.Matches(m, a.Province, a.District, a.Commune)).ToList();
                Assert.That(mapping, Has.Count.EqualTo(1), $"{a.File}: one mapping for its published locality");
                if (mapping.Count == 1)
                {
                    Assert.That((a.CurrentCommune, a.CurrentProvince), Is.EqualTo((mapping[0].CurrentCommuneOrWard, mapping[0].CurrentProvince)), a.File);
                }
            }
        });
    }
}
