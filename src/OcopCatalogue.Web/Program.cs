using OcopCatalogue.Web.Content;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddContentStore();
builder.AddPublicSite();
builder.AddContentSync();

var app = builder.Build();
if (await app.RunContentCommandAsync(args))
{
    return;
}

await app.MigrateContentStoreAsync();
await app.ImportContentAsync();
app.UsePublicSite();
await app.RunAsync();

/// <summary>Entry point, public so the integration tests' WebApplicationFactory can start the real host.</summary>
public partial class Program;
