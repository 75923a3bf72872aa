using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Traceability;

/// <summary>A batch's field limits (its columns and its rows' fields) and the checks its values must pass, wherever
/// they come from.</summary>
public static class TraceBatchRules
{
    public const int MaxLotCodeLength = DigitalLink.MaxQualifierLength;
    public const int MinQuantityProduced = 1;
    public const int MaxQuantityUnitLength = 40;
    public const int MaxOriginPlaceLength = 200;
    public const int MaxGrowingAreaCodeLength = 60;
    public const int MaxSchemeLength = 200;
    public const int MaxCertificateNumberLength = 100;
    public const int MaxIssuerLength = 200;
    public const int MaxLabTestWhatLength = 200;
    public const int MaxLaboratoryLength = 200;
    public const int MaxLabTestResultLength = 500;
    public const int MaxEventWhereLength = 200;
    public const int MaxEventByWhomLength = 200;
    public const int MaxEventNoteLength = 500;
    public const int MaxEventBizStepLength = 300;

    /// <summary>A lot code longer than GS1 allows: {0} the most, {1} the characters given. (Every lot finding's last
    /// argument is the lot code.)</summary>
    public const string LotTooLong = "Batches.Error.LotTooLong";

    /// <summary>A lot code with a space in it: {0} the first character GS1 does not allow.</summary>
    public const string LotSpace = "Batches.Error.LotSpace";

    /// <summary>A lot code with a character outside GS1's set 82: {0} the first such character.</summary>
    public const string LotCharacter = "Batches.Error.LotCharacter";

    /// <summary>An expiry before the production date: {0} the expiry, {1} the production date.</summary>
    public const string ExpiryBeforeProduction = "Batches.Error.ExpiryBeforeProduction";

    /// <summary>Less than <see cref="MinQuantityProduced"/>: {0} that least, {1} the quantity.</summary>
    public const string QuantityTooSmall = "Editing.Form.WholeNumber";

    /// <summary>A certification that ends before it starts: {0} its scheme.</summary>
    public const string CertificationEndsBeforeStart = "Batches.Error.CertificationEndsBeforeStart";

    /// <summary>An event dated before the one above it.</summary>
    public const string EventOutOfOrder = "Batches.Error.EventOutOfOrder";

    public static IReadOnlyList<FieldProblem> Check(ITraceBatchFields batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<FieldProblem>();
        if (batch.Product == Guid.Empty)
        {
            problems.Add(new(nameof(batch.Product), FieldMessage.Choose));
        }

        LotCode(problems, batch.LotCode ?? "");
        if (batch.ProductionDate is { } made && batch.ExpiryDate is { } expires && expires < made)
        {
            problems.Add(new(nameof(batch.ExpiryDate), ExpiryBeforeProduction, expires, made));
        }

        if (batch.QuantityProduced is { } quantity && quantity < MinQuantityProduced)
        {
            problems.Add(new(nameof(batch.QuantityProduced), QuantityTooSmall, MinQuantityProduced, quantity));
        }

        FieldChecks.MaxLength(problems, nameof(batch.QuantityUnit), batch.QuantityUnit, MaxQuantityUnitLength);
        FieldChecks.MaxLength(problems, nameof(batch.OriginPlace), batch.OriginPlace, MaxOriginPlaceLength);
        FieldChecks.MaxLength(problems, nameof(batch.GrowingAreaCode), batch.GrowingAreaCode, MaxGrowingAreaCodeLength);
        for (var i = 0; i < batch.Certifications.Count; i++)
        {
            var certification = batch.Certifications[i];
            var row = FieldPath.Row(nameof(batch.Certifications), i);
            FieldChecks.Required(problems, FieldPath.Member(row, nameof(certification.Scheme)), certification.Scheme);
            if (certification.ValidFrom is { } from && certification.ValidUntil is { } until && until < from)
            {
                problems.Add(new(FieldPath.Member(row, nameof(certification.ValidUntil)), CertificationEndsBeforeStart, certification.Scheme ?? ""));
            }
        }

        for (var i = 0; i < batch.LabTests.Count; i++)
        {
            FieldChecks.Required(problems, FieldPath.Row(nameof(batch.LabTests), i, nameof(ILabTestFields.What)), batch.LabTests[i].What);
        }

        for (var i = 0; i < batch.Events.Count; i++)
        {
            FieldChecks.Defined(problems, FieldPath.Row(nameof(batch.Events), i, nameof(ITraceEventFields.Step)), batch.Events[i].Step);
            if (i > 0 && batch.Events[i].On < batch.Events[i - 1].On)
            {
                problems.Add(new(FieldPath.Row(nameof(batch.Events), i, nameof(ITraceEventFields.On)), EventOutOfOrder));
            }
        }

        return problems;
    }

    /// <summary>GS1's rule for a lot (<see cref="DigitalLink.QualifierProblem"/>), with a space, the usual slip (a lot
    /// typed "LÔ 01"), named on its own.</summary>
    private static void LotCode(List<FieldProblem> problems, string lot)
    {
        const string field = nameof(ITraceBatchFields.LotCode);
        if (lot.Length == 0)
        {
            problems.Add(new(field, FieldMessage.Required, lot));
        }
        else if (lot.Length > MaxLotCodeLength)
        {
            problems.Add(new(field, LotTooLong, MaxLotCodeLength, lot.Length, lot));
        }
        else if (lot.FirstOrDefault(c => !DigitalLink.IsInCharacterSet82(c)) is var bad && bad != default)
        {
            problems.Add(new(field, lot.Any(char.IsWhiteSpace) ? LotSpace : LotCharacter, bad.ToString(), lot));
        }
    }
}
