using Npgsql;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Data;

/// <summary>What the site adds to an operator's PostgreSQL connection string.</summary>
public sealed class PostgreSqlConnectionTests
{
    [TestCase("Host=db;Username=ocop", 64)]
    [TestCase("Host=db;Username=ocop;Max Auto Prepare=0", 0)]
    [TestCase("Host=db;Username=ocop;MaxAutoPrepare=10", 10)]
    [TestCase("Host=db;Username=ocop;max auto prepare=5", 5)]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says(string given, int expected)
    {
        var used = new NpgsqlConnectionStringBuilder(ContentStoreExtensions.WithStatementReuse(given));

        Assert.Multiple(() =>
        {
            Assert.That(used.MaxAutoPrepare, Is.EqualTo(expected));
            Assert.That(used.Host, Is.EqualTo("db"));
            Assert.That(used.Username, Is.EqualTo("ocop"));
        });
    }
}
