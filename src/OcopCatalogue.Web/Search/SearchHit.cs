using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Search;

/// <summary>One result: enough to show it in a list and link to it.</summary>
public sealed record SearchHit(
    Guid ItemId,
    SearchItemKind Kind,
    string Slug,
    string Title,
    string? Subtitle,
    int? Group,
    int? Stars,
    string? Locality,
    CertificateStatus Status,
    double Relevance);
