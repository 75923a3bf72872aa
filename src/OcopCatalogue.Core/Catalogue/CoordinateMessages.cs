namespace OcopCatalogue.Core.Catalogue;

/// <summary>The message keys a type's coordinate findings take: each type words them in its own form.</summary>
/// <param name="OutOfRange">A latitude or longitude outside its range: {0} the limit, {1} the value.</param>
/// <param name="Together">Only one of the two given (named at the missing one).</param>
public sealed record CoordinateMessages(string OutOfRange, string Together);
