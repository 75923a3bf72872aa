namespace OcopCatalogue.Web.Traceability;

/// <summary>One page of the fake-report list.</summary>
public sealed record FakeReportPage(IReadOnlyList<FakeReportRow> Rows, int Page, int Pages, int Total);
