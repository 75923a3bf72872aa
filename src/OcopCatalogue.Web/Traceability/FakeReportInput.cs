using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>The "report a suspected fake" form as posted from a scan page.</summary>
public sealed class FakeReportInput
{
    /// <summary>5 MB: a phone photo at full resolution, far below what would strain the disk.</summary>
    public const long MaxPhotoBytes = 5 * 1024 * 1024;

    public string? WhatIsWrong { get; set; }
    public string? WhereBought { get; set; }
    public string? Contact { get; set; }
    public IFormFile? Photo { get; set; }

    /// <summary>A chosen file; browsers send an empty part when none was.</summary>
    public bool HasPhoto => Photo is { Length: > 0 };

    /// <summary>
    /// Each problem as the form field it belongs to and the SiteText key of its message (formatted with the limit
    /// where the message names one). The photo's content is checked separately, from its bytes.
    /// </summary>
    public IEnumerable<(string Field, string MessageKey, int? Limit)> TextProblems()
    {
        if (string.IsNullOrWhiteSpace(WhatIsWrong))
        {
            yield return (nameof(WhatIsWrong), "Report.Error.WhatRequired", null);
        }
        else if (WhatIsWrong.Trim().Length > FakeReport.MaxWhatLength)
        {
            yield return (nameof(WhatIsWrong), "Report.Error.WhatTooLong", FakeReport.MaxWhatLength);
        }

        if (string.IsNullOrWhiteSpace(WhereBought))
        {
            yield return (nameof(WhereBought), "Report.Error.WhereRequired", null);
        }
        else if (WhereBought.Trim().Length > FakeReport.MaxWhereLength)
        {
            yield return (nameof(WhereBought), "Report.Error.WhereTooLong", FakeReport.MaxWhereLength);
        }

        if (Contact is not null && Contact.Trim().Length > FakeReport.MaxContactLength)
        {
            yield return (nameof(Contact), "Report.Error.ContactTooLong", FakeReport.MaxContactLength);
        }

        if (Photo is { } photo && photo.Length > MaxPhotoBytes)
        {
            yield return (nameof(Photo), "Report.Error.PhotoTooLarge", null);
        }
    }
}
