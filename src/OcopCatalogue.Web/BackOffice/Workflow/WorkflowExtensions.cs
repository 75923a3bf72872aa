using OcopCatalogue.Web.BackOffice.Batches;
using OcopCatalogue.Web.BackOffice.Pages;
using OcopCatalogue.Web.BackOffice.Producers;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.BackOffice.SalesPoints;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.BackOffice.Workflow;

public static class WorkflowExtensions
{
    /// <summary>The editorial workflow, its content types, scheduled publishing and the uSync export on publish.</summary>
    public static WebApplicationBuilder AddEditorialWorkflow(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PublishExportOptions>().Bind(builder.Configuration.GetSection(PublishExportOptions.Section));
        builder.Services.AddScoped<EditorialContentTypes>();
        builder.Services.AddScoped<EditorialWorkflow>();
        builder.Services.AddScoped<PreviewRendering>();
        builder.Services.AddEditorialContent<ProductContent>();
        builder.Services.AddEditorialContent<ProducerContent>();
        builder.Services.AddEditorialContent<SalesPointContent>();
        builder.Services.AddEditorialContent<BatchContent>();
        builder.Services.AddEditorialContent<PageContent>();
        builder.Services.AddSingleton<ScheduledPublishing>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledPublishing>());
        builder.Services.AddContentPublishedHandler<PublishedFileExport>();
        return builder;
    }

    /// <summary>Registers a content type with the workflow (see <see cref="IEditorialContent"/>).</summary>
    public static IServiceCollection AddEditorialContent<T>(this IServiceCollection services)
        where T : class, IEditorialContent
    {
        services.AddScoped<T>();
        services.AddScoped<IEditorialContent>(s => s.GetRequiredService<T>());
        return services;
    }
}
