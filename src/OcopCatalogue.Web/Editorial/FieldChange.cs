namespace OcopCatalogue.Web.Editorial;

/// <summary>One field of two versions side by side; <paramref name="Path"/> is the uSync file's property path ("address.street").</summary>
public sealed record FieldChange(string Path, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}
