namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// A named group of criteria inside a part (the decision names, for part A, "Tổ chức sản xuất", "Phát triển sản
/// phẩm" and "Sức mạnh cộng đồng"). <see cref="MaxPoints"/> is null where the source gives the section no total of
/// its own; a frame sheet's sections have no criteria yet.
/// </summary>
public sealed record CriteriaSection
{
    public string Code { get; init; } = "";
    public string NameVi { get; init; } = "";
    public string? NameEn { get; init; }
    public decimal? MaxPoints { get; init; }
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];
}
