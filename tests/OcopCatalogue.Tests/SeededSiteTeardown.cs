using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests;

/// <summary>Disposes the shared seeded site after every test below this namespace has run.</summary>
[SetUpFixture]
public sealed class SeededSiteTeardown
{
    [OneTimeTearDown]
    public void DisposeSharedSite() => SeededSite.DisposeShared();
}
