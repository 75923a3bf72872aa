using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.USync;

/// <summary>
/// uSync/criteria-sheets/ is read by no sync handler yet (the evaluation pages will add one): the importer and exporter
/// enumerate only their handlers' folders, so the sheets are neither imported nor reported as broken or missing.
/// </summary>
public sealed class CriteriaSheetsFolderTests
{
    [Test]
    public async Task The_importer_leaves_the_criteria_sheets_folder_alone()
    {
        var folder = Path.Combine(RepositoryPaths.USync, CriteriaSheetFile.Folder);
        using var factory = new OcopWebFactory();
        using var client = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var handlers = scope.ServiceProvider.GetRequiredService<SyncHandlers>();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();

        var report = await importer.ImportAsync(RepositoryPaths.USync);

        Assert.Multiple(() =>
        {
            Assert.That(Directory.EnumerateFiles(folder, "*.json"), Is.Not.Empty, "the folder this test is about");
            Assert.That(handlers.InImportOrder.Select(h => h.Folder), Does.Not.Contain(CriteriaSheetFile.Folder));
            Assert.That(handlers.EnumerateFiles(RepositoryPaths.USync).Select(f => f.RelativePath),
                Has.None.StartsWith(CriteriaSheetFile.Folder + "/"));
            Assert.That(report.Failed, Is.Empty);
            Assert.That(report.Unchanged.Concat(report.Added).Concat(report.Updated).Concat(report.MissingFromDisk),
                Is.Not.Empty.And.None.StartsWith(CriteriaSheetFile.Folder + "/"));
        });
    }
}
