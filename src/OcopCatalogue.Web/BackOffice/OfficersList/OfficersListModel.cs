using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.OpenData;

namespace OcopCatalogue.Web.BackOffice.OfficersList;

/// <summary>
/// The province's list of certified products as officers file it in their annexes (STT, product, producer, address,
/// score, stars, decision number and date, valid until), filtered by decision year, locality and status, as XLSX.
/// Built from <see cref="CertificateRegister"/>, so a writer limited to some producers gets only theirs, and the
/// statuses are those of Core's <see cref="OcopStanding"/>, as everywhere else.
/// </summary>
public sealed class OfficersListModel(CertificateRegister register, IStringLocalizer<BackOfficeText> text, TimeProvider clock) : PageModel
{
    public const string Path = "/backoffice/danh-sach-ocop";

    /// <summary>The value of the year filter for decisions whose date was not published.</summary>
    public const string YearNotPublished = "chua-cong-bo";

    public static IReadOnlyList<CertificateStatus> Statuses { get; } =
    [
        CertificateStatus.Valid, CertificateStatus.Expiring, CertificateStatus.Expired, CertificateStatus.Revoked, CertificateStatus.DateNotPublished,
    ];

    // Bound as text: a hand-edited query string must give the normal page, never a 400 or a 500.
    [BindProperty(SupportsGet = true, Name = "nam")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "dia-ban")]
    public string? Locality { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? StatusText { get; set; }

    /// <summary>The chosen decision year; 0 for "not published"; null for every year.</summary>
    public int? Year { get; private set; }
    public CertificateStatus? Status { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<string> Localities { get; private set; } = [];
    public IReadOnlyList<ProductStanding> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The list as XLSX, written straight to the response.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = $"attachment; filename=\"danh-sach-ocop-{today:yyyy-MM-dd}.xlsx\"";
        Response.Headers.CacheControl = "no-store";
        var headings = Columns.Select(c => text[$"OfficersList.Column.{c}"].Value).ToArray();
        var rows = new List<object?[]>
        {
            new object?[] { Title() },
            new object?[] { text["OfficersList.MadeOn", today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)].Value },
            Array.Empty<object?>(),
            headings,
        };
        rows.AddRange(Rows.Select((r, i) =>
        {
            var current = r.Standing.Current;
            return new object?[]
            {
                i + 1, r.ProductName, r.ProducerName, r.Address, current?.Score, (int?)r.Standing.Stars, current?.DecisionNumber,
                current?.DecisionDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                current?.ValidThrough?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            };
        }));
        await OpenDataWriter.WriteXlsxAsync(Columns, rows, Response.Body, printHeader: false, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>Column keys of the workbook, in the annexes' order; their headings are in the back office's text.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Number", "Product", "Producer", "Address", "Score", "Stars", "DecisionNumber", "DecisionDate", "ValidThrough"];

    /// <summary>The title row, naming the filters chosen: "DANH SÁCH SẢN PHẨM OCOP NĂM 2024 – HUYỆN …".</summary>
    public string Title()
    {
        var parts = new List<string> { text["OfficersList.TitleRow"].Value };
        if (Year is { } year)
        {
            parts.Add(year == 0 ? text["OfficersList.YearNotPublished"].Value : text["OfficersList.TitleYear", year].Value);
        }

        if (Locality is not null)
        {
            parts.Add("– " + Locality);
        }

        if (Status is { } status)
        {
            parts.Add($"({text[$"Certificates.Status.{status}"].Value})");
        }

        return string.Join(' ', parts).ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
    }

    /// <summary>The download's address with the filters chosen.</summary>
    public string DownloadUrl()
    {
        var query = new QueryBuilder { { "handler", "xlsx" } };
        if (Year is { } year)
        {
            query.Add("nam", year == 0 ? YearNotPublished : year.ToString(CultureInfo.InvariantCulture));
        }

        if (Locality is not null)
        {
            query.Add("dia-ban", Locality);
        }

        if (Status is { } status)
        {
            query.Add("trang-thai", status.ToString());
        }

        return Path + query.ToQueryString();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Status = Enum.TryParse<CertificateStatus>(StatusText, ignoreCase: true, out var status) && Statuses.Contains(status) ? status : null;
        var standings = (await register.StandingsAsync(StaffScope.From(User), cancellationToken))
            // Certified: a decision, not a mere proposal, of a product the site publishes.
            .Where(s => s.ProductState == PublicationState.Published && s.Standing.Status is not (CertificateStatus.Proposed or CertificateStatus.NotRated))
            .ToList();
        Years = [.. standings.Select(YearOf).Distinct().OrderByDescending(y => y == 0 ? int.MinValue : y)];
        Year = YearText == YearNotPublished ? 0
            : int.TryParse(YearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Years.Contains(year) ? year
            : null;
        Localities = [.. standings.Select(s => s.Locality).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (Locality is not null && !Localities.Contains(Locality))
        {
            Locality = null;
        }

        var order = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        Rows = [.. standings
            .Where(s => Year is null || YearOf(s) == Year)
            .Where(s => Locality is null || s.Locality == Locality)
            .Where(s => Status is null || s.Standing.Status == Status)
            .OrderBy(s => s.Locality, order)
            .ThenBy(s => s.ProductName, order)];
    }

    /// <summary>The year of the decision in force, 0 when its date was not published.</summary>
    private static int YearOf(ProductStanding standing) => standing.Standing.Current?.DecisionDate?.Year ?? 0;
}
