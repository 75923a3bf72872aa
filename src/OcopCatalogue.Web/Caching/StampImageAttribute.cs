namespace OcopCatalogue.Web.Caching;

/// <summary>
/// On the handler of an endpoint answering a stamp's QR image: the page cache keeps its answers apart from pages,
/// across publishes that leave every stamp's codes as they were (<see cref="StampImages"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StampImageAttribute : Attribute;
