namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>An uploaded province list as read: its rows, or the one reason the file could not be read.</summary>
public sealed record ProvinceList(
    IReadOnlyList<ProvinceListRow> Rows,
    IReadOnlySet<ProvinceListColumn> Columns,
    ProvinceListFileProblem? Problem)
{
    public static ProvinceList Failed(ProvinceListFileProblem problem) => new([], new HashSet<ProvinceListColumn>(), problem);
}
