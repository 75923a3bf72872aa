using System.Globalization;
using System.Text.RegularExpressions;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>
/// What the cells of a province list mean, read the way Vietnamese spreadsheets write them: "85,2" or "85.2" points,
/// "4 sao" or "★★★★", dates day first. A cell that cannot be read is a problem, never a guess.
/// </summary>
public static partial class ProvinceListValues
{
    private static readonly string[] DateFormats =
        ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    // Folded words a producer's legal name starts with or contains, in the order they are tried: a "chi nhánh công ty"
    // is a company, a "hộ kinh doanh cơ sở ..." a household business.
    private static readonly (string Words, ProducerKind Kind)[] KindWords =
    [
        ("to hop tac", ProducerKind.CooperativeGroup),
        ("hop tac xa", ProducerKind.Cooperative),
        ("htx", ProducerKind.Cooperative),
        ("cong ty", ProducerKind.Company),
        ("doanh nghiep", ProducerKind.Company),
        ("ho kinh doanh", ProducerKind.HouseholdBusiness),
        ("hkd", ProducerKind.HouseholdBusiness),
        ("co so", ProducerKind.HouseholdBusiness),
    ];

    private static readonly (string Words, OcopGroup Group)[] GroupWords =
    [
        ("thuc pham", OcopGroup.Food),
        ("do uong", OcopGroup.Drinks),
        ("duoc lieu", OcopGroup.Herbal),
        ("thao duoc", OcopGroup.Herbal),
        ("thu cong my nghe", OcopGroup.Handicrafts),
        ("my nghe", OcopGroup.Handicrafts),
        ("sinh vat canh", OcopGroup.OrnamentalPlantsAndAnimals),
        ("hoa cay canh", OcopGroup.OrnamentalPlantsAndAnimals),
        ("du lich", OcopGroup.CommunityTourism),
    ];

    public static bool TryScore(string? cell, out decimal? score)
    {
        score = null;
        if (cell is null)
        {
            return true;
        }

        if (!ScorePattern().IsMatch(cell))
        {
            return false;
        }

        score = decimal.Parse(cell.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    public static bool TryStars(string? cell, out StarRating? stars)
    {
        stars = null;
        if (cell is null)
        {
            return true;
        }

        var text = ProvinceListReader.FoldName(cell.Replace("★", "* ", StringComparison.Ordinal).Replace("☆", "", StringComparison.Ordinal));
        var match = StarsPattern().Match(text);
        int count;
        if (match.Success)
        {
            count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        else if (cell.Trim().All(c => c is '★' or '*'))
        {
            count = cell.Trim().Length;
        }
        else
        {
            return false;
        }

        if (count is < 3 or > 5)
        {
            return false;
        }

        stars = (StarRating)count;
        return true;
    }

    public static bool TryDate(string? cell, out DateOnly? date)
    {
        date = null;
        if (cell is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(cell, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary>A group from "1"…"6", a sub-group code such as "1.5" (which also gives the sub-group), or a group's Vietnamese name.</summary>
    public static bool TryGroup(string? cell, out OcopGroup? group, out string? subGroupCode)
    {
        group = null;
        subGroupCode = null;
        if (cell is null)
        {
            return true;
        }

        var text = cell.Trim();
        if (text.Length == 1 && text[0] is >= '1' and <= '6')
        {
            group = (OcopGroup)(text[0] - '0');
            return true;
        }

        if (OcopSubGroups.Find(text) is { } subGroup)
        {
            group = subGroup.Group;
            subGroupCode = subGroup.Code;
            return true;
        }

        var folded = ProvinceListReader.FoldName(text);
        foreach (var (words, named) in GroupWords)
        {
            if (folded.Contains(words, StringComparison.Ordinal))
            {
                group = named;
                return true;
            }
        }

        return false;
    }

    /// <summary>The legal form a producer's name states, or null when it does not say.</summary>
    public static ProducerKind? KindOfProducer(string name)
    {
        var folded = " " + ProvinceListReader.FoldName(name) + " ";
        foreach (var (words, kind) in KindWords)
        {
            if (folded.Contains(" " + words + " ", StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// An address as annexes write it ("Tổ 3, ấp Bình Hòa, Xã Mỹ Khánh, Thành phố Long Xuyên, An Giang") split into
    /// the parts the site keeps: the last part is dropped when it names the list's province, commune or ward and
    /// district are recognised by their prefixes, and everything else stays together as the street.
    /// </summary>
    public static PostalAddress Address(string? cell, string province)
    {
        ArgumentNullException.ThrowIfNull(province);
        var address = new PostalAddress { Province = province.Trim() };
        if (cell is null)
        {
            return address;
        }

        var parts = cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var provinceName = WithoutPrefix(ProvinceListReader.FoldName(province), "tinh ", "thanh pho ");
        if (parts.Count > 0 && WithoutPrefix(ProvinceListReader.FoldName(parts[^1]), "tinh ", "thanh pho ") == provinceName)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var street = new List<string>();
        foreach (var part in parts)
        {
            var folded = ProvinceListReader.FoldName(part);
            if (address.CommuneOrWard is null && StartsWithAny(folded, "xa ", "phuong ", "thi tran "))
            {
                address.CommuneOrWard = part;
            }
            else if (address.District is null && StartsWithAny(folded, "huyen ", "quan ", "thi xa ", "thanh pho "))
            {
                address.District = part;
            }
            else
            {
                street.Add(part);
            }
        }

        address.Street = street.Count == 0 ? null : string.Join(", ", street);
        return address;
    }

    private static bool StartsWithAny(string text, params string[] prefixes) =>
        prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    private static string WithoutPrefix(string text, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    [GeneratedRegex("^[0-9]{1,3}([.,][0-9]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ScorePattern();

    [GeneratedRegex("^([0-9])( sao)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StarsPattern();
}
