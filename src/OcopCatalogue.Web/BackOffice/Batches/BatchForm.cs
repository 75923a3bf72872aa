using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Traceability;
using static OcopCatalogue.Web.BackOffice.Editing.FormText;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>
/// The batch edit form, every field a string as typed, so a wrong value comes back unchanged with a message beside
/// it. The timeline keeps the order of its rows; rows are added, removed and moved with buttons that need no
/// JavaScript (<see cref="RowAction"/>). <see cref="ToFile"/> turns the form into the batch's uSync file.
/// </summary>
public sealed class BatchForm : IEditForm<BatchForm, BatchFile>, IRowForm
{
    public const string EventList = "events";
    public const string CertificationList = "certifications";
    public const string LabTestList = "labTests";

    public string? ProductId { get; set; }
    public string? LotCode { get; set; }
    /// <summary>"true" when the batch is example content (the scan page then says so).</summary>
    public string? IsSample { get; set; }
    public string? ProductionDate { get; set; }
    public string? ExpiryDate { get; set; }
    public string? QuantityProduced { get; set; }
    public string? QuantityUnit { get; set; }
    public string? OriginPlace { get; set; }
    public string? GrowingAreaCode { get; set; }
    public List<CertificationRow> Certifications { get; set; } = [];
    public List<LabTestRow> LabTests { get; set; } = [];
    public List<TraceEventRow> Events { get; set; } = [];
    /// <summary>A remark stored with the version.</summary>
    public string? Note { get; set; }

    public bool Sample => string.Equals(IsSample, "true", StringComparison.OrdinalIgnoreCase);

    public static BatchForm From(BatchFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new BatchForm
        {
            ProductId = file.Product == Guid.Empty ? null : file.Product.ToString(),
            LotCode = file.LotCode,
            IsSample = file.IsSample ? "true" : null,
            ProductionDate = Date(file.ProductionDate),
            ExpiryDate = Date(file.ExpiryDate),
            QuantityProduced = file.QuantityProduced?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            QuantityUnit = file.QuantityUnit,
            OriginPlace = file.OriginPlace,
            GrowingAreaCode = file.GrowingAreaCode,
            Certifications = [.. file.Certifications.Select(c => new CertificationRow
            {
                Scheme = c.Scheme, Number = c.Number, Issuer = c.Issuer, ValidFrom = Date(c.ValidFrom), ValidUntil = Date(c.ValidUntil),
            })],
            LabTests = [.. file.LabTests.Select(t => new LabTestRow { What = t.What, Laboratory = t.Laboratory, TestedOn = Date(t.TestedOn), Result = t.Result })],
            Events = [.. file.Events.Select(e => new TraceEventRow { Step = e.Step.ToString(), On = Date(e.On), Where = e.Where, ByWhom = e.ByWhom, Note = e.Note, BizStep = e.BizStep })],
        };
    }

    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    public bool Apply(RowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.ApplyTo(EventList, Events) || action.ApplyTo(CertificationList, Certifications) || action.ApplyTo(LabTestList, LabTests);
    }

    /// <summary>What is wrong with the form on its own, before the store is asked (a lot the product already has is the workflow's to find).</summary>
    public IReadOnlyList<FormProblem> Problems() => Read(out _);

    /// <summary>The file the form describes, keeping the key from <paramref name="original"/>. Call only when <see cref="Problems"/> is empty.</summary>
    public BatchFile ToFile(BatchFile original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Read(out var file).Count > 0)
        {
            throw new InvalidOperationException("The form has problems; it describes no file.");
        }

        return file with { Key = original.Key, State = original.State };
    }

    /// <summary>The values typed, read into the file they describe (rows in the form's order) and checked by the
    /// batch's rules.</summary>
    private List<FormProblem> Read(out BatchFile file)
    {
        var problems = new List<FormProblem>();
        if (!Guid.TryParse(ProductId, out var product))
        {
            problems.Add(new(nameof(ProductId), FieldMessage.Choose));
        }

        var made = Date(problems, nameof(ProductionDate), ProductionDate);
        var expires = Date(problems, nameof(ExpiryDate), ExpiryDate);
        if (made is { } m && expires is { } e && e == m)
        {
            // The rule refuses an expiry before production; a form also refuses one on the day itself.
            problems.Add(new(nameof(ExpiryDate), TraceBatchRules.ExpiryBeforeProduction, e, m));
        }

        var quantity = WholeNumber(problems, nameof(QuantityProduced), QuantityProduced, TraceBatchRules.MinQuantityProduced);
        var certifications = Filled(Certifications, r => r.IsBlank);
        var labTests = Filled(LabTests, r => r.IsBlank);
        var events = Filled(Events, r => r.IsBlank).Select(r => (r.Row, r.Index, Event: ReadEvent(problems, r.Row, r.Index))).ToList();
        // Events whose day did not read are left out: the order is judged among the days that did.
        var dated = events.Where(e => e.Event is not null).ToList();
        file = new BatchFile
        {
            Product = product,
            LotCode = LotCode?.Trim() ?? "",
            IsSample = Sample,
            ProductionDate = made,
            ExpiryDate = expires,
            QuantityProduced = quantity,
            QuantityUnit = Blank(QuantityUnit),
            OriginPlace = Blank(OriginPlace),
            GrowingAreaCode = Blank(GrowingAreaCode),
            Certifications = [.. certifications.Select(c => ReadCertification(problems, c.Row, c.Index))],
            LabTests = [.. labTests.Select(t => ReadLabTest(problems, t.Row, t.Index))],
            Events = [.. dated.Select(e => e.Event!)],
        };
        var (certificationRows, labTestRows, eventRows) = (certifications.ConvertAll(c => c.Index), labTests.ConvertAll(t => t.Index), dated.ConvertAll(e => e.Index));
        Findings(problems, TraceBatchRules.Check(file), field => Row(Row(Row(field == nameof(file.Product) ? nameof(ProductId) : field,
            nameof(file.Certifications), certificationRows, nameof(Certifications)),
            nameof(file.LabTests), labTestRows, nameof(LabTests)),
            nameof(file.Events), eventRows, nameof(Events)));
        foreach (var (row, index) in certifications)
        {
            var field = FieldPath.Row(nameof(Certifications), index);
            Length(problems, FieldPath.Member(field, nameof(row.Scheme)), row.Scheme, TraceBatchRules.MaxSchemeLength);
            Length(problems, FieldPath.Member(field, nameof(row.Number)), row.Number, TraceBatchRules.MaxCertificateNumberLength);
            Length(problems, FieldPath.Member(field, nameof(row.Issuer)), row.Issuer, TraceBatchRules.MaxIssuerLength);
        }

        foreach (var (row, index) in labTests)
        {
            var field = FieldPath.Row(nameof(LabTests), index);
            Length(problems, FieldPath.Member(field, nameof(row.What)), row.What, TraceBatchRules.MaxLabTestWhatLength);
            Length(problems, FieldPath.Member(field, nameof(row.Laboratory)), row.Laboratory, TraceBatchRules.MaxLaboratoryLength);
            Length(problems, FieldPath.Member(field, nameof(row.Result)), row.Result, TraceBatchRules.MaxLabTestResultLength);
        }

        foreach (var (row, index, _) in events)
        {
            var field = FieldPath.Row(nameof(Events), index);
            Length(problems, FieldPath.Member(field, nameof(row.Where)), row.Where, TraceBatchRules.MaxEventWhereLength);
            Length(problems, FieldPath.Member(field, nameof(row.ByWhom)), row.ByWhom, TraceBatchRules.MaxEventByWhomLength);
            Length(problems, FieldPath.Member(field, nameof(row.Note)), row.Note, TraceBatchRules.MaxEventNoteLength);
            Length(problems, FieldPath.Member(field, nameof(row.BizStep)), row.BizStep, TraceBatchRules.MaxEventBizStepLength);
        }

        Length(problems, nameof(Note), Note, ContentVersion.MaxNoteLength);
        return problems;
    }

    private static BatchCertificationFile ReadCertification(List<FormProblem> problems, CertificationRow row, int index)
    {
        var field = FieldPath.Row(nameof(Certifications), index);
        return new BatchCertificationFile
        {
            Scheme = Blank(row.Scheme) ?? "",
            Number = Blank(row.Number),
            Issuer = Blank(row.Issuer),
            ValidFrom = Date(problems, FieldPath.Member(field, nameof(row.ValidFrom)), row.ValidFrom),
            ValidUntil = Date(problems, FieldPath.Member(field, nameof(row.ValidUntil)), row.ValidUntil),
        };
    }

    private static LabTestFile ReadLabTest(List<FormProblem> problems, LabTestRow row, int index) => new()
    {
        What = Blank(row.What) ?? "",
        Laboratory = Blank(row.Laboratory),
        TestedOn = Date(problems, FieldPath.Row(nameof(LabTests), index, nameof(row.TestedOn)), row.TestedOn),
        Result = Blank(row.Result),
    };

    /// <summary>A step of the timeline; null when its day is missing or does not read.</summary>
    private static TraceEventFile? ReadEvent(List<FormProblem> problems, TraceEventRow row, int index)
    {
        var field = FieldPath.Row(nameof(Events), index);
        var step = Choice<TraceStep>(problems, FieldPath.Member(field, nameof(row.Step)), row.Step);
        Required(problems, FieldPath.Member(field, nameof(row.On)), row.On);
        var on = Date(problems, FieldPath.Member(field, nameof(row.On)), row.On);
        return on is { } day
            ? new TraceEventFile
            {
                Step = step ?? default, On = day, Where = Blank(row.Where), ByWhom = Blank(row.ByWhom), Note = Blank(row.Note),
                BizStep = step == TraceStep.Other ? Blank(row.BizStep) : null,
            }
            : null;
    }
}
