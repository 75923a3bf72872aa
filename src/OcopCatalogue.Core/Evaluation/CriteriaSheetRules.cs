using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// What a criteria sheet must satisfy before anyone scores on it: the three parts of <see cref="OcopScoreFrame"/> at
/// 40, 25 and 35 points (100 in all), unique codes, positive points with at most two decimals, and criteria that add up
/// to their section and part. A complete sheet must add up exactly and have criteria in every section; a frame
/// (incomplete) may leave sections empty, but what it has must not exceed its totals. Findings are
/// <see cref="FieldProblem"/>s at the file's paths, worded by <see cref="EvaluationTexts"/>.
/// </summary>
public static class CriteriaSheetRules
{
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 300;
    public const int MaxSourceLength = 1000;
    public const int MaxNoteLength = 2000;
    public const int PointDecimals = 2;

    private const string Problem = "Evaluation.Sheet.";

    /// <summary>The file is not JSON of a sheet: {0} line (1-based, or empty), {1} the parser's message.</summary>
    public const string InvalidJson = Problem + nameof(InvalidJson);

    /// <summary>A code empty, too long or with characters other than letters, digits, '.', '-': {0} the code.</summary>
    public const string CodeMalformed = Problem + nameof(CodeMalformed);

    /// <summary>A sub-group that is not one of Decision 148's: {0} the code.</summary>
    public const string SubGroupUnknown = Problem + nameof(SubGroupUnknown);

    /// <summary>A sub-group of another group, or given without a group: {0} the sub-group, {1} the group.</summary>
    public const string SubGroupNotInGroup = Problem + nameof(SubGroupNotInGroup);

    /// <summary>One of the parts A, B, C is not in the sheet: {0} its code, {1} its name.</summary>
    public const string PartMissing = Problem + nameof(PartMissing);

    /// <summary>A part other than A, B, C: {0} its code.</summary>
    public const string PartUnknown = Problem + nameof(PartUnknown);

    /// <summary>A code used twice in the sheet (parts, sections and criteria each): {0} the code.</summary>
    public const string CodeDuplicate = Problem + nameof(CodeDuplicate);

    /// <summary>A part's points differ from the decision's: {0} the part, {1} the decision's points, {2} the sheet's.</summary>
    public const string PartPoints = Problem + nameof(PartPoints);

    /// <summary>The parts do not add up to 100: {0} 100, {1} their sum.</summary>
    public const string PartsTotal = Problem + nameof(PartsTotal);

    /// <summary>Points zero or below: {0} the points.</summary>
    public const string PointsNotPositive = Problem + nameof(PointsNotPositive);

    /// <summary>Points with more than two decimals: {0} the points.</summary>
    public const string PointsTooPrecise = Problem + nameof(PointsTooPrecise);

    /// <summary>The sections' totals differ from their part's (exceed it, or on a complete sheet, differ): {0} the part, {1} its points, {2} the sections' sum.</summary>
    public const string SectionsDisagreeWithPart = Problem + nameof(SectionsDisagreeWithPart);

    /// <summary>A section's criteria differ from its total (exceed it, or on a complete sheet, differ): {0} the section, {1} its points, {2} the criteria's sum.</summary>
    public const string CriteriaDisagreeWithSection = Problem + nameof(CriteriaDisagreeWithSection);

    /// <summary>A part's criteria differ from its points (exceed them, or on a complete sheet, differ): {0} the part, {1} its points, {2} the criteria's sum.</summary>
    public const string CriteriaDisagreeWithPart = Problem + nameof(CriteriaDisagreeWithPart);

    /// <summary>A sheet said to be complete has a section without criteria: {0} the section.</summary>
    public const string SectionEmpty = Problem + nameof(SectionEmpty);

    public static IReadOnlyList<FieldProblem> Check(CriteriaSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var problems = new List<FieldProblem>();
        if (sheet.Key == Guid.Empty)
        {
            problems.Add(new(nameof(sheet.Key), FieldMessage.Required));
        }

        FieldChecks.Slug(problems, nameof(sheet.Code), sheet.Code, sheet.NameVi);
        FieldChecks.Required(problems, nameof(sheet.NameVi), sheet.NameVi);
        FieldChecks.MaxLength(problems, nameof(sheet.NameVi), sheet.NameVi, MaxNameLength);
        FieldChecks.MaxLength(problems, nameof(sheet.NameEn), sheet.NameEn, MaxNameLength);
        FieldChecks.Required(problems, nameof(sheet.Source), sheet.Source);
        FieldChecks.MaxLength(problems, nameof(sheet.Source), sheet.Source, MaxSourceLength);
        FieldChecks.MaxLength(problems, nameof(sheet.Note), sheet.Note, MaxNoteLength);
        CheckGroup(sheet, problems);

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < sheet.Parts.Count; p++)
        {
            CheckPart(sheet, p, codes, problems);
        }

        foreach (var frame in OcopScoreFrame.Parts.Where(f => sheet.Parts.All(p => p.Code != f.Code)))
        {
            problems.Add(new(nameof(sheet.Parts), PartMissing, frame.Code, frame.NameVi));
        }

        var total = sheet.Parts.Sum(p => p.MaxPoints);
        if (total != OcopScoreFrame.TotalPoints)
        {
            problems.Add(new(nameof(sheet.Parts), PartsTotal, OcopScoreFrame.TotalPoints, total));
        }

        return problems;
    }

    private static void CheckGroup(CriteriaSheet sheet, List<FieldProblem> problems)
    {
        if (sheet.Group is { } group)
        {
            FieldChecks.Defined(problems, nameof(sheet.Group), group);
        }

        if (sheet.SubGroupCode is null)
        {
            return;
        }

        if (OcopSubGroups.Find(sheet.SubGroupCode) is not { } subGroup)
        {
            problems.Add(new(nameof(sheet.SubGroupCode), SubGroupUnknown, sheet.SubGroupCode));
        }
        else if (subGroup.Group != sheet.Group)
        {
            problems.Add(new(nameof(sheet.SubGroupCode), SubGroupNotInGroup, sheet.SubGroupCode, sheet.Group?.ToString() ?? ""));
        }
    }

    private static void CheckPart(CriteriaSheet sheet, int index, HashSet<string> codes, List<FieldProblem> problems)
    {
        var part = sheet.Parts[index];
        var path = FieldPath.Row(nameof(sheet.Parts), index);
        if (OcopScoreFrame.PointsOf(part.Code) is not { } expected)
        {
            problems.Add(new(FieldPath.Member(path, nameof(part.Code)), PartUnknown, part.Code));
        }
        else if (part.MaxPoints != expected)
        {
            problems.Add(new(FieldPath.Member(path, nameof(part.MaxPoints)), PartPoints, part.Code, expected, part.MaxPoints));
        }

        Code(problems, FieldPath.Member(path, nameof(part.Code)), part.Code, codes);
        FieldChecks.Required(problems, FieldPath.Member(path, nameof(part.NameVi)), part.NameVi);
        FieldChecks.MaxLength(problems, FieldPath.Member(path, nameof(part.NameVi)), part.NameVi, MaxNameLength);

        var sectionsPath = FieldPath.Member(path, nameof(part.Sections));
        for (var s = 0; s < part.Sections.Count; s++)
        {
            CheckSection(sheet.IsComplete, part.Sections[s], FieldPath.Row(sectionsPath, s), codes, problems);
        }

        if (part.Sections.Count > 0 && part.Sections.All(s => s.MaxPoints is not null))
        {
            var sections = part.Sections.Sum(s => s.MaxPoints!.Value);
            if (Disagrees(sheet.IsComplete, part.MaxPoints, sections))
            {
                problems.Add(new(sectionsPath, SectionsDisagreeWithPart, part.Code, part.MaxPoints, sections));
            }
        }

        var criteria = part.AllCriteria().Sum(c => c.MaxPoints);
        if (Disagrees(sheet.IsComplete, part.MaxPoints, criteria))
        {
            problems.Add(new(sectionsPath, CriteriaDisagreeWithPart, part.Code, part.MaxPoints, criteria));
        }
    }

    private static void CheckSection(bool complete, CriteriaSection section, string path, HashSet<string> codes, List<FieldProblem> problems)
    {
        Code(problems, FieldPath.Member(path, nameof(section.Code)), section.Code, codes);
        FieldChecks.Required(problems, FieldPath.Member(path, nameof(section.NameVi)), section.NameVi);
        FieldChecks.MaxLength(problems, FieldPath.Member(path, nameof(section.NameVi)), section.NameVi, MaxNameLength);
        if (section.MaxPoints is { } max)
        {
            Points(problems, FieldPath.Member(path, nameof(section.MaxPoints)), max);
        }

        var criteriaPath = FieldPath.Member(path, nameof(section.Criteria));
        if (complete && section.Criteria.Count == 0)
        {
            problems.Add(new(criteriaPath, SectionEmpty, section.Code));
        }

        for (var c = 0; c < section.Criteria.Count; c++)
        {
            var criterion = section.Criteria[c];
            var row = FieldPath.Row(criteriaPath, c);
            Code(problems, FieldPath.Member(row, nameof(criterion.Code)), criterion.Code, codes);
            FieldChecks.Required(problems, FieldPath.Member(row, nameof(criterion.NameVi)), criterion.NameVi);
            FieldChecks.MaxLength(problems, FieldPath.Member(row, nameof(criterion.NameVi)), criterion.NameVi, MaxNameLength);
            Points(problems, FieldPath.Member(row, nameof(criterion.MaxPoints)), criterion.MaxPoints);
        }

        var sum = section.Criteria.Sum(c => c.MaxPoints);
        if (section.MaxPoints is { } total && (section.Criteria.Count > 0 || complete) && Disagrees(complete, total, sum))
        {
            problems.Add(new(criteriaPath, CriteriaDisagreeWithSection, section.Code, total, sum));
        }
    }

    /// <summary>A complete sheet must add up exactly; a frame only must not exceed what is published.</summary>
    private static bool Disagrees(bool complete, decimal total, decimal sum) => complete ? sum != total : sum > total;

    private static void Code(List<FieldProblem> problems, string field, string? code, HashSet<string> codes)
    {
        if (!IsWellFormedCode(code))
        {
            problems.Add(new(field, CodeMalformed, code ?? ""));
        }
        else if (!codes.Add(code!))
        {
            problems.Add(new(field, CodeDuplicate, code!));
        }
    }

    private static void Points(List<FieldProblem> problems, string field, decimal points)
    {
        if (points <= 0)
        {
            problems.Add(new(field, PointsNotPositive, points));
        }
        else if (decimal.Round(points, PointDecimals) != points)
        {
            problems.Add(new(field, PointsTooPrecise, points));
        }
    }

    /// <summary>A part, section or criterion code: 1–20 of A–Z, a–z, 0–9, '.', '-' (as the annex numbers them, "A1.2").</summary>
    public static bool IsWellFormedCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxCodeLength && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
