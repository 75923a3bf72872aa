using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// The catalogue's query-string vocabulary. The tokens are part of public URLs that people bookmark and
/// share, so they are fixed here rather than derived from enum names that may be renamed.
/// </summary>
public static class CatalogueParameters
{
    public const string Path = "/san-pham";
    public const string Group = "nhom";
    public const string Stars = "sao";
    public const string Locality = "dia-phuong";
    public const string ProducerKind = "loai-chu-the";
    public const string Status = "trang-thai";
    /// <summary>The year of the decision in force (<c>nam-quyet-dinh=2023</c>, or <see cref="NotPublished"/>).</summary>
    public const string DecisionYear = "nam-quyet-dinh";
    /// <summary>When a valid certificate runs out: a month (<c>het-han=2027-01</c>) or <see cref="WithinSixMonths"/>.</summary>
    public const string Expiry = "het-han";
    /// <summary>The value of <see cref="DecisionYear"/> or <see cref="Locality"/> for what the sources did not publish.</summary>
    public const string NotPublished = "chua-cong-bo";
    /// <summary>The value of <see cref="Expiry"/> for this month and the five after it.</summary>
    public const string WithinSixMonths = "6-thang";
    public const string Sort = "sap-xep";
    public const string Page = "trang";

    public static IReadOnlyDictionary<ProducerKind, string> ProducerKindTokens { get; } = new Dictionary<ProducerKind, string>
    {
        [Core.Catalogue.ProducerKind.Company] = "cong-ty",
        [Core.Catalogue.ProducerKind.Cooperative] = "hop-tac-xa",
        [Core.Catalogue.ProducerKind.CooperativeGroup] = "to-hop-tac",
        [Core.Catalogue.ProducerKind.HouseholdBusiness] = "ho-kinh-doanh",
    };

    public static IReadOnlyDictionary<CertificateStatus, string> StatusTokens { get; } = new Dictionary<CertificateStatus, string>
    {
        [CertificateStatus.Valid] = "con-hieu-luc",
        [CertificateStatus.Expiring] = "sap-het-han",
        [CertificateStatus.Expired] = "het-han",
        [CertificateStatus.Revoked] = "bi-thu-hoi",
        [CertificateStatus.Proposed] = "de-xuat",
        [CertificateStatus.DateNotPublished] = "chua-cong-bo-ngay",
        [CertificateStatus.NotRated] = "chua-danh-gia",
    };

    public static IReadOnlyDictionary<CatalogueSort, string> SortTokens { get; } = new Dictionary<CatalogueSort, string>
    {
        [CatalogueSort.Name] = "ten",
        [CatalogueSort.HighestScore] = "diem-cao",
        [CatalogueSort.RecentlyUpdated] = "moi-cap-nhat",
    };

    /// <summary>The catalogue (in the request's language) filtered to one group, as the home page links to it.</summary>
    public static string ForGroup(OcopGroup group) => Site.SiteLanguage.Localize($"{Path}?{Group}={(int)group}");

    /// <summary>The catalogue filtered to one star rating, as the home page links to it.</summary>
    public static string ForStars(StarRating stars) => Site.SiteLanguage.Localize($"{Path}?{Stars}={(int)stars}");
}
