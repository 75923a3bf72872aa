using System.Text;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.BackOffice.Import;

/// <summary>
/// long-xuyen-2023.csv: the certified products of the Long Xuyên list already in uSync/ (products, producers, addresses,
/// scores), written as a province annex is (semicolons, decimal commas, UTF-8 with BOM as Excel saves it). The list
/// publishes no decision numbers or dates, so those cells are empty; the "Nhóm" column holds the sub-groups the uSync
/// files give. Thốt nốt đóng lon is left out: the list only proposes it.
/// </summary>
internal static class SampleLists
{
    public const int LongXuyenRows = 11;

    public static string LongXuyenPath => Path.Combine(RepositoryPaths.Root, "tests", "OcopCatalogue.Tests", "BackOffice", "Import", "long-xuyen-2023.csv");

    public static byte[] LongXuyen() => File.ReadAllBytes(LongXuyenPath);

    public static string LongXuyenText() => Encoding.UTF8.GetString(LongXuyen()).TrimStart('\uFEFF');

    /// <summary>A list written from lines (joined with CRLF) as UTF-8 without BOM.</summary>
    public static byte[] Of(params string[] lines) => new UTF8Encoding(false).GetBytes(string.Join("\r\n", lines) + "\r\n");
}
