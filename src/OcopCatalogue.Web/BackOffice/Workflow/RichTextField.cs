namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>A rich-text field of an edit form: the stored HTML goes to the editor, the editor's HTML comes back under <paramref name="Name"/>.</summary>
public sealed record RichTextField(string Id, string Name, string? StoredHtml, string Label, string? Lang = null);
