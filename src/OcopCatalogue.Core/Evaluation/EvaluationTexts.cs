using System.Globalization;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// The Vietnamese and English words of every "Evaluation.*" message key of this folder, with the arguments each takes.
/// The shared keys (FieldMessage: required, too long, slug, choose) keep their words in the back office's resources.
/// They live here, beside the rules, until the evaluation pages exist; that feature copies them into its resource files
/// (a test there can compare both), so a rule and its words are written down together.
/// </summary>
public static class EvaluationTexts
{
    private static readonly Dictionary<string, (string Vi, string En)> Texts = new(StringComparer.Ordinal)
    {
        [CriteriaSheetRules.InvalidJson] = ("Tệp phiếu tiêu chí không đọc được (dòng {0}): {1}", "The criteria sheet file cannot be read (line {0}): {1}"),
        [CriteriaSheetRules.CodeMalformed] = ("Mã \"{0}\" không hợp lệ: dùng 1–20 chữ cái không dấu, chữ số, dấu chấm hoặc gạch nối.", "The code \"{0}\" is not valid: use 1–20 unaccented letters, digits, dots or hyphens."),
        [CriteriaSheetRules.SubGroupUnknown] = ("Phân nhóm \"{0}\" không có trong Quyết định 148/QĐ-TTg.", "Sub-group \"{0}\" is not one of Decision 148/QĐ-TTg."),
        [CriteriaSheetRules.SubGroupNotInGroup] = ("Phân nhóm \"{0}\" không thuộc nhóm sản phẩm \"{1}\".", "Sub-group \"{0}\" does not belong to product group \"{1}\"."),
        [CriteriaSheetRules.PartMissing] = ("Thiếu phần {0} \"{1}\".", "Part {0} \"{1}\" is missing."),
        [CriteriaSheetRules.PartUnknown] = ("Phần \"{0}\" không có trong bộ tiêu chí: chỉ có phần A, B, C.", "Part \"{0}\" is not in the criteria: there are only parts A, B and C."),
        [CriteriaSheetRules.CodeDuplicate] = ("Mã \"{0}\" đã dùng ở chỗ khác trong phiếu.", "The code \"{0}\" is used elsewhere in the sheet."),
        [CriteriaSheetRules.PartPoints] = ("Phần {0} theo quyết định là {1} điểm, phiếu ghi {2} điểm.", "Part {0} is worth {1} points under the decision; the sheet says {2}."),
        [CriteriaSheetRules.PartsTotal] = ("Các phần phải cộng lại đủ {0} điểm; hiện là {1} điểm.", "The parts must add up to {0} points; they add up to {1}."),
        [CriteriaSheetRules.PointsNotPositive] = ("Điểm tối đa phải lớn hơn 0; đang là {0}.", "Maximum points must be above 0; they are {0}."),
        [CriteriaSheetRules.PointsTooPrecise] = ("Điểm {0} có quá hai chữ số thập phân.", "The points {0} have more than two decimals."),
        [CriteriaSheetRules.SectionsDisagreeWithPart] = ("Các nhóm tiêu chí của phần {0} cộng lại {2} điểm, không khớp {1} điểm của phần.", "The sections of part {0} add up to {2} points, not the part's {1}."),
        [CriteriaSheetRules.CriteriaDisagreeWithSection] = ("Các tiêu chí của nhóm {0} cộng lại {2} điểm, không khớp {1} điểm của nhóm.", "The criteria of section {0} add up to {2} points, not the section's {1}."),
        [CriteriaSheetRules.CriteriaDisagreeWithPart] = ("Các tiêu chí của phần {0} cộng lại {2} điểm, không khớp {1} điểm của phần.", "The criteria of part {0} add up to {2} points, not the part's {1}."),
        [CriteriaSheetRules.SectionEmpty] = ("Phiếu ghi là đầy đủ nhưng nhóm {0} chưa có tiêu chí nào.", "The sheet says it is complete, but section {0} has no criteria."),
        [CouncilScoringOptions.RoundingInvalid] = ("Cách làm tròn không hợp lệ: {0} chữ số thập phân ({1}); chỉ được 0 đến 2.", "The rounding is not valid: {0} decimals ({1}); use 0 to 2."),
        [CouncilScoringOptions.SpreadLimitInvalid] = ("Mức chênh lệch cho phép phải lớn hơn 0 và không quá 100 điểm; đang là {0}.", "The allowed spread must be above 0 and at most 100 points; it is {0}."),
        [ScoreSheetRules.SheetIncomplete] = ("Phiếu \"{0}\" chưa có đủ tiêu chí từ nguồn nên chưa chấm điểm được.", "Sheet \"{0}\" does not have its criteria from a source yet, so it cannot be scored."),
        [ScoreSheetRules.CriterionUnknown] = ("Tiêu chí \"{0}\" không có trong phiếu.", "Criterion \"{0}\" is not on the sheet."),
        [ScoreSheetRules.PointsOutOfRange] = ("Tiêu chí {0} chấm từ 0 đến {1} điểm; đã nhập {2}.", "Criterion {0} takes 0 to {1} points; {2} was given."),
        [ScoreSheetRules.PointsTooPrecise] = ("Điểm {1} của tiêu chí {0} có quá hai chữ số thập phân.", "The points {1} of criterion {0} have more than two decimals."),
        [ScoreSheetRules.CriterionUnanswered] = ("Chưa chấm tiêu chí {0} \"{1}\".", "Criterion {0} \"{1}\" has no points yet."),
        [MemberScoreHistory.RescoreReasonRequired] = ("Chấm lại phải ghi lý do.", "A re-scoring needs a reason."),
        [MemberScoreHistory.ReasonOnFirstSubmission] = ("Lần chấm đầu không cần lý do; lý do chỉ ghi khi chấm lại.", "A first scoring takes no reason; a reason is for re-scoring."),
        [MemberScoreHistory.SubmittedBeforePrevious] = ("Lần chấm này sớm hơn lần chấm trước ({0}).", "This scoring is earlier than the previous one ({0})."),
        [StepOutcome.KeyOf(StepRefusal.Unknown)] = ("Thao tác hoặc vai trò không hợp lệ.", "The action or role is not valid."),
        [StepOutcome.KeyOf(StepRefusal.RoleMayNot)] = ("Vai trò {0} không được thực hiện thao tác {1}.", "The role {0} may not take the action {1}."),
        [StepOutcome.KeyOf(StepRefusal.AlreadyDecided)] = ("Sản phẩm đã có quyết định; hồ sơ đã khép lại.", "The product has its decision; the registration is closed."),
        [StepOutcome.KeyOf(StepRefusal.NeedsNewSubmission)] = ("Hồ sơ đã bị trả lại hoặc được yêu cầu bổ sung: chủ thể phải nộp lại hồ sơ.", "The dossier was returned or more was asked: the producer must submit it again."),
        [StepOutcome.KeyOf(StepRefusal.ScoringBeforeScreening)] = ("Chưa chấm điểm được: hồ sơ chưa được sơ loại và xác nhận đầy đủ (đang ở bước {0}).", "Scoring cannot start: the dossier has not been screened and found complete (it is at step {0})."),
        [StepOutcome.KeyOf(StepRefusal.DecisionBeforeScoring)] = ("Chưa ra quyết định được: hội đồng chưa chấm xong (đang ở bước {0}).", "No decision yet: the council has not finished scoring (it is at step {0})."),
        [StepOutcome.KeyOf(StepRefusal.NotAtThisStep)] = ("Thao tác này không thực hiện được ở bước {0}.", "This action cannot be taken at step {0}."),
        [StepOutcome.KeyOf(StepRefusal.ReasonRequired)] = ("Phải ghi lý do.", "A reason is required."),
        [StepOutcome.KeyOf(StepRefusal.LocalCriteriaIncomplete)] = ("Chưa đánh giá đủ bốn tiêu chí của cấp xã; còn thiếu: {0}.", "The commune's four local criteria are not all assessed; missing: {0}."),
        [StepOutcome.KeyOf(StepRefusal.ScoringProgressRequired)] = ("Thiếu tình hình chấm điểm của hội đồng.", "The council's scoring progress is missing."),
        [StepOutcome.KeyOf(StepRefusal.ScoresOutstanding)] = ("Còn {0} trong {1} thành viên hội đồng chưa nộp phiếu chấm.", "{0} of {1} council members have not submitted their sheet."),
        [StepOutcome.KeyOf(StepRefusal.DecisionNumberRequired)] = ("Phải nhập số quyết định (ví dụ 1234/QĐ-UBND).", "The decision number is required (for example 1234/QĐ-UBND)."),
        [StepOutcome.KeyOf(StepRefusal.DecisionDateRequired)] = ("Phải nhập ngày quyết định.", "The decision date is required."),
    };

    /// <summary>Every key with words here.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>The words of <paramref name="key"/> in Vietnamese ("vi") or English (any other culture), with its arguments.</summary>
    /// <exception cref="KeyNotFoundException">The key has no words here.</exception>
    public static string Format(string key, CultureInfo culture, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var (vi, en) = Texts[key];
        return string.Format(culture, culture.TwoLetterISOLanguageName == "vi" ? vi : en, arguments);
    }
}
