using System.Text.RegularExpressions;
using System.Xml.Linq;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Search;

namespace OcopCatalogue.Tests.Site;

public sealed partial class SiteTextTests
{
    private static readonly string WebProject = Path.Combine(RepositoryPaths.Root, "src", "OcopCatalogue.Web");

    private static readonly string[] ErrorKinds = ["NotFound", "BadRequest", "ServerError", "TooLarge", "TooManyRequests"];

    private static readonly Lazy<HashSet<string>> Keys = new(() => KeysOf("Site", "SiteText.resx"));

    // The back office's pages inject T from their own resources (Vietnamese only: staff work in Vietnamese).
    private static readonly Lazy<HashSet<string>> BackOfficeKeys = new(() => KeysOf("BackOffice", "BackOfficeText.resx"));

    private static HashSet<string> KeysOf(string folder, string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", folder, file))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static bool IsBackOffice(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}BackOffice{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [Test]
    public void Every_string_a_page_asks_for_is_in_the_resources()
    {
        var missing = RazorFiles()
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value, BackOffice: IsBackOffice(file))))
            .Where(use => !(use.BackOffice ? BackOfficeKeys : Keys).Value.Contains(use.Key))
            .Select(use => $"{use.File}: {use.Key}")
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty);
            Assert.That(BackOfficeKeys.Value, Is.Not.Empty);
        });
    }

    [Test]
    public void English_resources_have_every_key_of_the_Vietnamese_ones_and_no_other_each_with_text()
    {
        var vietnamese = Strings("SiteText.resx");
        var english = Strings("SiteText.en.resx");

        Assert.Multiple(() =>
        {
            Assert.That(vietnamese.Keys.Except(english.Keys), Is.Empty, "missing in English");
            Assert.That(english.Keys.Except(vietnamese.Keys), Is.Empty, "only in English");
            Assert.That(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key), Is.Empty, "empty in English");
            Assert.That(vietnamese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key), Is.Empty, "empty in Vietnamese");
        });
    }

    [Test]
    public void English_strings_keep_the_placeholders_of_the_Vietnamese_ones()
    {
        var vietnamese = Strings("SiteText.resx");
        var english = Strings("SiteText.en.resx");
        var mismatched = vietnamese.Where(v => english.TryGetValue(v.Key, out var en)
                && !Placeholders(v.Value).SetEquals(Placeholders(en)))
            .Select(v => v.Key)
            .ToList();

        Assert.That(mismatched, Is.Empty);
    }

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", "Site", file))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [Test]
    public void Every_enum_value_shown_to_visitors_has_a_display_name()
    {
        var expected = Enum.GetNames<OcopGroup>().Select(n => "Group." + n)
            .Concat(Enum.GetNames<ProducerKind>().Select(n => "ProducerKind." + n))
            .Concat(Enum.GetNames<SalesPointKind>().Select(n => "SalesPointKind." + n))
            .Concat(Enum.GetNames<IssuingLevel>().Select(n => "IssuingLevel." + n))
            .Concat(Enum.GetNames<CertificateStatus>().Select(n => "Status." + n))
            .Concat(Enum.GetNames<CertificateStatus>().Select(n => $"Standing.{n}.Plain"))
            .Concat(Enum.GetNames<CatalogueSort>().Select(n => "Catalogue.Sort." + n))
            .Concat(Enum.GetNames<SearchItemKind>().Select(n => "Search.Kind." + n))
            .Concat(ErrorKinds.SelectMany(k => new[] { $"Error.{k}.Title", $"Error.{k}.Text" }));

        Assert.That(expected.Where(key => !Keys.Value.Contains(key)), Is.Empty);
    }

    [Test]
    public void Pages_write_no_Vietnamese_text_of_their_own()
    {
        // Vietnamese letters outside Razor comments mean a string that bypassed the resources.
        var offenders = RazorFiles()
            .Select(file => (File: Path.GetFileName(file), Text: RazorComment().Replace(File.ReadAllText(file), "")))
            .Where(f => VietnameseLetter().IsMatch(f.Text))
            .Select(f => $"{f.File}: {VietnameseLetter().Match(f.Text).Value}")
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    private static IEnumerable<string> RazorFiles() =>
        Directory.EnumerateFiles(WebProject, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("""T\["([^"]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"\p{L}*[\u00C0-\u024F\u1EA0-\u1EF9]\p{L}*")]
    private static partial Regex VietnameseLetter();
}
