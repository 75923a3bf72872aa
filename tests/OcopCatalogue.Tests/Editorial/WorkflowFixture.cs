using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Editorial;

/// <summary>A site on a copy of uSync/ whose clock the tests move; each test works on products of its own.</summary>
public abstract class WorkflowFixture(DatabaseProvider provider = DatabaseProvider.Sqlite)
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private USyncCopy? _usync;
    private OcopWebFactory? _factory;

    protected OcopWebFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    protected FakeClock Clock { get; } = new(Start);

    [OneTimeSetUp]
    public void StartSite()
    {
        _usync = USyncCopy.OfRepository();
        _factory = new OcopWebFactory(_usync.Path, Clock) { Provider = provider };
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _factory?.Dispose();
        _usync?.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> with the workflow of a fresh request scope.</summary>
    protected async Task<T> WithWorkflowAsync<T>(Func<EditorialWorkflow, ProductContent, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EditorialWorkflow>(), scope.ServiceProvider.GetRequiredService<ProductContent>());
    }

    /// <summary>The product's current working snapshot, changed.</summary>
    protected Task<string> EditedAsync(Guid id, Func<ProductFile, ProductFile> change) =>
        WithWorkflowAsync(async (workflow, products) =>
        {
            var entry = await workflow.Queries.FindAsync(StaffPrincipal.For("Administrator"), ContentItemType.Product, id);
            return products.Write(change(products.Read(entry!.WorkingSnapshot)));
        });

    protected async Task<string> PublicPageAsync(string path)
    {
        using var client = Factory.CreateClient();
        var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"HTTP {(int)response.StatusCode}";
    }
}
