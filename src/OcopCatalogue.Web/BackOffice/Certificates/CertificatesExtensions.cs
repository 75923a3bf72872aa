using OcopCatalogue.Web.BackOffice.Import;

namespace OcopCatalogue.Web.BackOffice.Certificates;

public static class CertificatesExtensions
{
    /// <summary>The back office's certificate pages (dashboard, histories, recording, scans) and the province CSV import.</summary>
    public static WebApplicationBuilder AddCertificates(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DecisionScanStore>();
        builder.Services.AddScoped<CertificateRegister>();
        builder.Services.AddScoped<CertificateRecorder>();
        builder.Services.AddSingleton<ImportFileStore>();
        builder.Services.AddScoped<ProvinceListImport>();
        return builder;
    }
}
