namespace OcopCatalogue.Web.Editorial;

/// <summary>Set on a request while a public page renders as a preview; the public layout shows the preview banner for it.</summary>
public sealed record PreviewMarker(string ItemName, int? Version, string BackPath)
{
    private static readonly object Key = new();

    public static PreviewMarker? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var marker) ? marker as PreviewMarker : null;
    }

    public void Set(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = this;
    }

    public static void Clear(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items.Remove(Key);
    }
}
