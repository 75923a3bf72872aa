using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddContentStore();
builder.AddPublicSite();

var app = builder.Build();
await app.MigrateContentStoreAsync();
app.UsePublicSite();
await app.RunAsync();

/// <summary>Entry point, public so the integration tests' WebApplicationFactory can start the real host.</summary>
public partial class Program;
