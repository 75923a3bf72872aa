using System.Globalization;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>Dates and scores in the back office, written as Vietnamese documents write them whatever the request culture.</summary>
public static class CertificateFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>For a date input's value attribute.</summary>
    public static string IsoDate(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Score(decimal score) => score.ToString("0.0#", Vietnamese);

    /// <summary>
    /// A typed date: the yyyy-MM-dd of a date input, or day first as Vietnamese staff write it (05/06/2023).
    /// </summary>
    public static bool TryDate(string? text, out DateOnly? day) => Import.ProvinceListValues.TryDate(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), out day);

    /// <summary>A typed score, with a decimal comma or point (85,2 or 85.2), never read by the request culture.</summary>
    public static bool TryScore(string? text, out decimal? score) => Import.ProvinceListValues.TryScore(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), out score);
}
