using OcopCatalogue.Web.Addresses;
using OcopCatalogue.Web.BackOffice;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Evaluation;
using OcopCatalogue.Web.Hardening;
using OcopCatalogue.Web.Media;
using OcopCatalogue.Web.OpenData;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.Search;
using OcopCatalogue.Web.SearchEngines;
using OcopCatalogue.Web.Sharing;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.Traceability.Stamps;
using OcopCatalogue.Web.USync;

var builder = WebApplication.CreateBuilder(args);
builder.AddOperations();
builder.AddContentStore();
builder.AddCluster();
builder.AddContentSync();
builder.AddSearch();
builder.AddCatalogue();
builder.AddAddresses();
builder.AddSalesPoints();
builder.AddOpenData();
builder.AddPublicSite();
builder.AddTraceability();
builder.AddStamps();
builder.AddBackOffice();
builder.AddEditorial();
builder.AddCertificates();
builder.AddEvaluation();
builder.AddMedia();
builder.AddSharing();
builder.AddSearchEngines();
builder.AddHardening();
builder.AddPageCaching();

var app = builder.Build();
if (await app.RunMigrateCommandAsync(args) || await app.RunBackupCommandAsync(args) || await app.RunContentCommandAsync(args) || await app.RunSearchCommandAsync(args)
    || await app.RunMediaCommandAsync(args))
{
    return;
}

await app.MigrateContentStoreAsync();
await app.ShareServerStateAsync();
await app.TakeInstructionPositionAsync();
await app.ImportContentAsync();
await app.BuildSearchIndexAsync();
await app.AnnounceBackOfficeSetupAsync();
app.UseOperations();
app.UseHardening();
app.UsePublicSite();
app.UseScanCounting();
app.UsePageCaching();
app.UseBackOffice();
app.MapSearch();
app.MapTraceability();
app.MapMedia();
app.MapSharing();
app.MapSearchEngines();
app.MapOpenData();
await app.RunAsync();

/// <summary>Entry point, public so the integration tests' WebApplicationFactory can start the real host.</summary>
public partial class Program;
