namespace OcopCatalogue.Core.Fields;

/// <summary>The message keys of the checks every content type shares, with the arguments each finding carries.</summary>
public static class FieldMessage
{
    /// <summary>A field that must have a value has none.</summary>
    public const string Required = "Editorial.Form.Required";

    /// <summary>Longer than its column: {0} the most characters that fit, {1} the characters given.</summary>
    public const string TooLong = "Editorial.Form.TooLong";

    /// <summary>Not a slug: {0} one made from the slug or the name (may be empty), {1} the slug given.</summary>
    public const string SlugMalformed = "Editorial.Form.SlugMalformed";

    /// <summary>Not one of an enumeration's members: {0} the value, {1} the members' names.</summary>
    public const string Choose = "Editing.Form.Choose";

    /// <summary>Not an http or https address: {0} the value.</summary>
    public const string WebAddress = "Editorial.Form.WebAddress";

    /// <summary>A time not written "HH:mm": {0} the text.</summary>
    public const string Time = "Editing.Form.Time";
}
