using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Editorial;

public static class EditorialExtensions
{
    /// <summary>
    /// The editorial engine: its services, scheduled publishing and the uSync export on publish. Content types plug in
    /// with <see cref="AddEditorialContent{T}"/> from their own features.
    /// </summary>
    public static WebApplicationBuilder AddEditorial(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PublishExportOptions>().Bind(builder.Configuration.GetSection(PublishExportOptions.Section));
        builder.Services.AddScoped<EditorialContentTypes>();
        builder.Services.AddScoped<EditorialCommit>();
        builder.Services.AddScoped<EditorialStore>();
        builder.Services.AddScoped<EditorialQueries>();
        builder.Services.AddScoped<EditorialDrafts>();
        builder.Services.AddScoped<EditorialPublishing>();
        builder.Services.AddScoped<RecycleBin>();
        builder.Services.AddScoped<EditorialSchedules>();
        builder.Services.AddScoped<EditorialWorkflow>();
        builder.Services.AddScoped<PreviewRendering>();
        builder.Services.AddSingleton<ScheduledPublishing>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledPublishing>());
        builder.Services.AddContentPublishedHandler<PublishedFileExport>();
        return builder;
    }

    /// <summary>Registers a content type with the engine (see <see cref="IEditorialContent"/>).</summary>
    public static IServiceCollection AddEditorialContent<T>(this IServiceCollection services)
        where T : class, IEditorialContent
    {
        services.AddScoped<T>();
        services.AddScoped<IEditorialContent>(s => s.GetRequiredService<T>());
        return services;
    }
}
