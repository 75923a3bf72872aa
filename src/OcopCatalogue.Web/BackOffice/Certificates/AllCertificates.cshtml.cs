using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>Every certified product with its standing today, filtered by status, stars and locality, a page at a time.</summary>
public sealed class AllCertificatesModel(CertificateRegister register) : PageModel
{
    public const int PageSize = 25;

    /// <summary>"1": only products whose OCOP mark must come off (the dashboard's list, the overview's count).</summary>
    public const string MarkOffParameter = "go-nhan";

    // Bound as text: a hand-edited query string must give the normal page, never a 400 or a 500.
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? StatusText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sao")]
    public string? StarsText { get; set; }

    [BindProperty(SupportsGet = true, Name = "dia-ban")]
    public string? Locality { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public string? PageText { get; set; }

    [BindProperty(SupportsGet = true, Name = MarkOffParameter)]
    public string? MarkOffText { get; set; }

    public bool MarkOffOnly { get; private set; }

    public CertificateStatus? Status { get; private set; }
    public StarRating? Stars { get; private set; }
    public IReadOnlyList<string> Localities { get; private set; } = [];
    public IReadOnlyList<ProductStanding> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;

    public static IReadOnlyList<CertificateStatus> Statuses { get; } =
    [
        CertificateStatus.Valid, CertificateStatus.Expiring, CertificateStatus.Expired, CertificateStatus.Revoked,
        CertificateStatus.DateNotPublished, CertificateStatus.Proposed,
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = Enum.TryParse<CertificateStatus>(StatusText, ignoreCase: true, out var status) && Statuses.Contains(status) ? status : null;
        Stars = int.TryParse(StarsText, out var stars) && Enum.IsDefined((StarRating)stars) ? (StarRating)stars : null;
        MarkOffOnly = MarkOffText == "1";
        var standings = await register.StandingsAsync(StaffScope.From(User), cancellationToken);
        Localities = [.. standings.Select(s => s.Locality).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (Locality is not null && !Localities.Contains(Locality))
        {
            Locality = null;
        }

        var filtered = standings
            .Where(s => Status is null || s.Standing.Status == Status)
            .Where(s => Stars is null || s.Standing.Stars == Stars)
            .Where(s => Locality is null || s.Locality == Locality)
            .Where(s => !MarkOffOnly || s.MarkMustComeOff)
            .OrderBy(s => s.ProductName, StringComparer.Ordinal)
            .ToList();
        Total = filtered.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(PageText, out var page) ? Math.Clamp(page, 1, PageCount) : 1;
        Rows = [.. filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new QueryBuilder();
        if (Status is { } status)
        {
            query.Add("trang-thai", status.ToString());
        }

        if (Stars is { } stars)
        {
            query.Add("sao", ((int)stars).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Locality is not null)
        {
            query.Add("dia-ban", Locality);
        }

        if (MarkOffOnly)
        {
            query.Add(MarkOffParameter, "1");
        }

        query.Add("trang", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/backoffice/chung-nhan/tat-ca" + query.ToQueryString();
    }
}
