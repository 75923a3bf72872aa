namespace OcopCatalogue.Tests.Support;

/// <summary>Expected lists written inline without tripping CA1861 (constant array arguments).</summary>
internal static class Expected
{
    public static T[] Of<T>(params T[] items) => items;
}
