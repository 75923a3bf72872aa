using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Workflow;
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
            Events = [.. file.Events.Select(e => new TraceEventRow { Step = e.Step.ToString(), On = Date(e.On), Where = e.Where, ByWhom = e.ByWhom, Note = e.Note })],
        };
    }

    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    public bool Apply(RowAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        switch (action.List)
        {
            case EventList:
                action.ApplyTo(Events);
                return true;
            case CertificationList:
                action.ApplyTo(Certifications);
                return true;
            case LabTestList:
                action.ApplyTo(LabTests);
                return true;
            default:
                return false;
        }
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

    private List<FormProblem> Read(out BatchFile file)
    {
        var problems = new List<FormProblem>();
        if (!Guid.TryParse(ProductId, out var product))
        {
            problems.Add(new("ProductId", "Editing.Form.Choose"));
        }

        var lot = LotCode?.Trim() ?? "";
        if (lot.Length == 0)
        {
            problems.Add(new("LotCode", "Editorial.Form.Required"));
        }
        else if (lot.Length > DigitalLink.MaxQualifierLength)
        {
            problems.Add(new("LotCode", "Batches.Error.LotTooLong", DigitalLink.MaxQualifierLength, lot.Length));
        }
        else if (lot.Any(char.IsWhiteSpace))
        {
            // The most common slip (a lot typed as "LÔ 01"), so it is named on its own.
            problems.Add(new("LotCode", "Batches.Error.LotSpace"));
        }
        else if (lot.FirstOrDefault(c => !DigitalLink.IsInCharacterSet82(c)) is var bad && bad != default)
        {
            problems.Add(new("LotCode", "Batches.Error.LotCharacter", bad.ToString()));
        }

        var made = Date(problems, "ProductionDate", ProductionDate);
        var expires = Date(problems, "ExpiryDate", ExpiryDate);
        if (made is { } m && expires is { } e && e <= m)
        {
            problems.Add(new("ExpiryDate", "Batches.Error.ExpiryBeforeProduction"));
        }

        var quantity = WholeNumber(problems, "QuantityProduced", QuantityProduced, 1);
        Length(problems, "QuantityUnit", QuantityUnit, 40);
        Length(problems, "OriginPlace", OriginPlace, 200);
        Length(problems, "GrowingAreaCode", GrowingAreaCode, 60);

        var certifications = new List<BatchCertificationFile>();
        foreach (var (row, index) in Certifications.Select((r, i) => (r, i)).Where(r => !r.r.IsBlank))
        {
            var field = $"Certifications[{index}]";
            var count = problems.Count;
            Required(problems, $"{field}.Scheme", row.Scheme);
            Length(problems, $"{field}.Scheme", row.Scheme, 200);
            Length(problems, $"{field}.Number", row.Number, 100);
            Length(problems, $"{field}.Issuer", row.Issuer, 200);
            var from = Date(problems, $"{field}.ValidFrom", row.ValidFrom);
            var until = Date(problems, $"{field}.ValidUntil", row.ValidUntil);
            if (from is { } f && until is { } u && u < f)
            {
                problems.Add(new($"{field}.ValidUntil", "Batches.Error.CertificationEndsBeforeStart"));
            }

            if (problems.Count == count)
            {
                certifications.Add(new BatchCertificationFile
                {
                    Scheme = row.Scheme!.Trim(), Number = Blank(row.Number), Issuer = Blank(row.Issuer), ValidFrom = from, ValidUntil = until,
                });
            }
        }

        var labTests = new List<LabTestFile>();
        foreach (var (row, index) in LabTests.Select((r, i) => (r, i)).Where(r => !r.r.IsBlank))
        {
            var field = $"LabTests[{index}]";
            var count = problems.Count;
            Required(problems, $"{field}.What", row.What);
            Length(problems, $"{field}.What", row.What, 200);
            Length(problems, $"{field}.Laboratory", row.Laboratory, 200);
            var tested = Date(problems, $"{field}.TestedOn", row.TestedOn);
            Length(problems, $"{field}.Result", row.Result, 500);
            if (problems.Count == count)
            {
                labTests.Add(new LabTestFile { What = row.What!.Trim(), Laboratory = Blank(row.Laboratory), TestedOn = tested, Result = Blank(row.Result) });
            }
        }

        var events = new List<TraceEventFile>();
        DateOnly? previous = null;
        foreach (var (row, index) in Events.Select((r, i) => (r, i)).Where(r => !r.r.IsBlank))
        {
            var field = $"Events[{index}]";
            var count = problems.Count;
            var step = Choice<TraceStep>(problems, $"{field}.Step", row.Step);
            Required(problems, $"{field}.On", row.On);
            var on = Date(problems, $"{field}.On", row.On);
            if (on is { } day && previous is { } before && day < before)
            {
                // The timeline is read top to bottom as it happened; rows are not sorted behind the writer's back.
                problems.Add(new($"{field}.On", "Batches.Error.EventOutOfOrder"));
            }

            previous = on ?? previous;
            Length(problems, $"{field}.Where", row.Where, 200);
            Length(problems, $"{field}.ByWhom", row.ByWhom, 200);
            Length(problems, $"{field}.Note", row.Note, 500);
            if (problems.Count == count)
            {
                events.Add(new TraceEventFile { Step = step!.Value, On = on!.Value, Where = Blank(row.Where), ByWhom = Blank(row.ByWhom), Note = Blank(row.Note) });
            }
        }

        Length(problems, "Note", Note, 500);
        file = new BatchFile
        {
            Product = product,
            LotCode = lot,
            IsSample = Sample,
            ProductionDate = made,
            ExpiryDate = expires,
            QuantityProduced = quantity,
            QuantityUnit = Blank(QuantityUnit),
            OriginPlace = Blank(OriginPlace),
            GrowingAreaCode = Blank(GrowingAreaCode),
            Certifications = certifications,
            LabTests = labTests,
            Events = events,
        };
        return problems;
    }
}
