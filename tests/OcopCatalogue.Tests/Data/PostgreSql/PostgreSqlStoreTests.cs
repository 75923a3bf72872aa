using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Data.PostgreSql;

/// <summary>
/// What only PostgreSQL can get wrong: servers sharing one database at start, an account change whose audit entry
/// fails inside PostgreSQL's transaction, times given in Vietnam's offset, and text ordered as SQLite orders it.
/// (The editorial engine, certificate records and the scan writer run on both providers in their own fixtures.)
/// </summary>
public sealed class PostgreSqlStoreTests
{
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        _factory = new OcopWebFactory { Provider = DatabaseProvider.PostgreSql };
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [TearDown]
    public Task DropTrigger() => ExecuteAsync("""DROP TRIGGER IF EXISTS fail_account_step ON "AuditEntries"; DROP FUNCTION IF EXISTS fail_account_step();""");

    [Test]
    public async Task Two_servers_starting_on_one_new_database_import_uSync_once()
    {
        var database = TestPostgreSql.CreateDatabase();
        var settings = new Dictionary<string, string?> { ["Ocop:Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Ocop"] = database };
        using var usync = USyncCopy.OfRepository();
        using var first = new OcopWebFactory(usync.Path, settings: settings);
        using var second = new OcopWebFactory(usync.Path, settings: settings);
        var firstLogs = new LogCapture();
        var secondLogs = new LogCapture();
        using var firstNode = first.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(firstLogs)));
        using var secondNode = second.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(secondLogs)));
        try
        {
            await Task.WhenAll(Task.Run(() => firstNode.Server), Task.Run(() => secondNode.Server));

            var files = USyncCopy.JsonFiles(usync.Path).Count;
            var reports = firstLogs.MessagesAt(LogLevel.Information).Concat(secondLogs.MessagesAt(LogLevel.Information))
                .Where(m => m.StartsWith("uSync import:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            await using var scope = firstNode.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            Assert.Multiple(() =>
            {
                Assert.That(reports, Is.EqualTo(new[]
                {
                    $"uSync import: 0 added, 0 updated, {files} unchanged, 0 failed",
                    $"uSync import: {files} added, 0 updated, 0 unchanged, 0 failed",
                }), "one server imported everything, the other waited and found it done");
                Assert.That(db.ImportedFiles.Count(), Is.EqualTo(files));
            });
        }
        finally
        {
            await firstNode.DisposeAsync();
            await secondNode.DisposeAsync();
            TestPostgreSql.DropDatabase(database);
        }
    }

    [Test]
    public async Task A_password_change_that_cannot_be_audited_keeps_the_old_password()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        await ExecuteAsync("""
            CREATE FUNCTION fail_account_step() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW."Action" = 'password.changed' THEN RAISE EXCEPTION 'the step fails'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER fail_account_step BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION fail_account_step();
            """);
        const string newPassword = "cánh đồng cỏ may ven sông 2025";

        using var changed = await editor.PostFormAsync("/backoffice/bao-mat",
            [new("CurrentPassword", BackOfficeSession.Password), new("NewPassword", newPassword)], "/backoffice/bao-mat?handler=Password");
        using var oldClient = BackOfficeSession.NewClient(_factory);
        using var withOld = await BackOfficeSession.SignInAsync(oldClient, editor.Email, BackOfficeSession.Password);
        using var me = await editor.Client.GetAsync(new Uri("/backoffice/api/me", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(changed.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "not acknowledged");
            Assert.That(withOld.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the old password still signs in");
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session was not ended");
        });
    }

    [Test]
    public async Task A_time_in_Vietnam_offset_is_stored_as_the_same_instant()
    {
        var at = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(7));
        var path = "test/" + Guid.NewGuid() + ".json";
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            db.ImportedFiles.Add(new ImportedFile { Path = path, Sha256 = new string('0', 64), ItemId = Guid.NewGuid(), ImportedAt = at });
            await db.SaveChangesAsync();
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var stored = await db.ImportedFiles.AsNoTracking().SingleAsync(f => f.Path == path && f.ImportedAt >= at);

            Assert.That(stored.ImportedAt.UtcDateTime, Is.EqualTo(at.UtcDateTime));
        }
    }

    [Test]
    public async Task Names_ordered_in_SQL_come_in_SQLite_order_whatever_the_server_locale()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();

        var names = await db.Products.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync();

        Assert.That(names, Has.Count.GreaterThan(5));
        // SQLite's BINARY collation compares the UTF-8 bytes, which order as the code points: "Đ" after "Z".
        Assert.That(names, Is.EqualTo(names.Order(StringComparer.Ordinal).ToList()));
    }

    [Test]
    public async Task The_product_page_reads_its_product_certificates_and_sales_points_in_one_statement()
    {
        var logs = new LogCapture();
        using var node = _factory.WithWebHostBuilder(b => b.UseSetting("Ocop:Caching:Enabled", "false").ConfigureLogging(l => l
            .AddProvider(logs)
            .AddFilter<LogCapture>("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information)));
        string slug;
        List<string> decisions;
        List<string> salesPoints;
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            // A certified product stocked by two published sales points, so the statement joins rows of each.
            var product = await db.Products.Include(p => p.SalesPoints).Include(p => p.Certificates)
                .Where(p => p.State == PublicationState.Published && p.Certificates.Any())
                .OrderBy(p => p.Slug)
                .FirstAsync();
            product.SalesPoints.AddRange(await db.SalesPoints
                .Where(s => s.State == PublicationState.Published && !s.Products.Any(p => p.Id == product.Id))
                .OrderBy(s => s.Slug).Take(2).ToListAsync());
            await db.SaveChangesAsync();
            slug = product.Slug;
            decisions = product.Certificates.Where(c => c.DecisionNumber != null).Select(c => c.DecisionNumber!).ToList();
            salesPoints = product.SalesPoints.Where(s => s.State == PublicationState.Published).Select(s => s.Name).ToList();
        }

        using var client = node.CreateClient();
        // The first request loads the catalogue this host keeps in memory (the related products come from it).
        _ = await client.GetStringAsync($"/san-pham/{slug}");
        var before = logs.Entries.Count;
        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/san-pham/{slug}"));
        var statements = logs.Entries.Skip(before)
            .Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.Contains("\"Products\"", StringComparison.Ordinal))
            .Select(e => e.Message)
            .ToList();

        Assert.That(salesPoints, Is.Not.Empty, "the product is stocked by published sales points");
        Assert.Multiple(() =>
        {
            Assert.That(statements, Has.Count.EqualTo(1), "one statement reads the product page's rows");
            Assert.That(statements.Single(), Does.Contain("\"Certificates\"").And.Contain("\"SalesPointProducts\""));
            foreach (var decision in decisions)
            {
                Assert.That(page, Does.Contain(decision));
            }

            foreach (var name in salesPoints)
            {
                Assert.That(page, Does.Contain(name));
            }
        });
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
