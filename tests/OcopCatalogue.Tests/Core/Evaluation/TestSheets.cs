using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Tests.Core.Evaluation;

/// <summary>
/// Made-up sheets for the rule tests: the parts are the decision's, the criteria are test data (not Annex III), so
/// the sums are easy to follow. A1 10 + A2 30 (A1.1 mandatory) | B1 25 | C1 35.
/// </summary>
internal static class TestSheets
{
    public static CriteriaSheet Complete { get; } = new()
    {
        Key = Guid.Parse("6f1a4b5e-0000-4000-8000-000000000001"),
        Code = "thu-nghiem",
        Group = OcopGroup.Food,
        SubGroupCode = "1.3",
        NameVi = "Phiếu thử nghiệm",
        Source = "Dữ liệu kiểm thử, không phải Phụ lục III",
        IsComplete = true,
        Parts =
        [
            Part("A", 40m,
                Section("A1", 10m, Criterion("A1.1", 10m, mandatory: true)),
                Section("A2", 30m, Criterion("A2.1", 20m), Criterion("A2.2", 10m))),
            Part("B", 25m, Section("B1", 25m, Criterion("B1.1", 25m))),
            Part("C", 35m, Section("C1", 35m, Criterion("C1.1", 15m), Criterion("C1.2", 20m))),
        ],
    };

    /// <summary>Full marks on every criterion of <see cref="Complete"/> (100 points).</summary>
    public static Dictionary<string, decimal> FullMarks() =>
        Complete.AllCriteria().ToDictionary(c => c.Code, c => c.MaxPoints, StringComparer.Ordinal);

    /// <summary>Points on <see cref="Complete"/> adding up to <paramref name="total"/> (0–100), filled part by part.</summary>
    public static Dictionary<string, decimal> Totalling(decimal total)
    {
        var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var criterion in Complete.AllCriteria())
        {
            var given = Math.Min(criterion.MaxPoints, total);
            points[criterion.Code] = given;
            total -= given;
        }

        return points;
    }

    public static CriteriaPart Part(string code, decimal points, params CriteriaSection[] sections) =>
        new() { Code = code, NameVi = "Phần " + code, MaxPoints = points, Sections = sections };

    public static CriteriaSection Section(string code, decimal? points, params Criterion[] criteria) =>
        new() { Code = code, NameVi = "Nhóm " + code, MaxPoints = points, Criteria = criteria };

    public static Criterion Criterion(string code, decimal points, bool mandatory = false) =>
        new() { Code = code, NameVi = "Tiêu chí " + code, MaxPoints = points, Mandatory = mandatory };
}
