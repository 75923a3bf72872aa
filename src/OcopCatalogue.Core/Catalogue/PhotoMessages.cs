namespace OcopCatalogue.Core.Catalogue;

/// <summary>The message keys a type's photo findings take.</summary>
/// <param name="Missing">Neither a path nor a media item (at the path).</param>
/// <param name="AltMissing">A photo by path without alt text: {0} the path.</param>
/// <param name="MediaUnknown">The media key is the empty GUID.</param>
public sealed record PhotoMessages(string Missing, string AltMissing, string MediaUnknown);
