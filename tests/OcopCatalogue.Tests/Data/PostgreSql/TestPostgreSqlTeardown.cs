using OcopCatalogue.Tests.Data.PostgreSql;

namespace OcopCatalogue.Tests;

/// <summary>Stops the test run's PostgreSQL server (when a test started it) after every test has run.</summary>
[SetUpFixture]
public sealed class TestPostgreSqlTeardown
{
    [OneTimeTearDown]
    public void StopServer() => TestPostgreSql.StopIfStarted();
}
