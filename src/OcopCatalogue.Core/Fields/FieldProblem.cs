namespace OcopCatalogue.Core.Fields;

/// <summary>
/// One problem with one field of a content item: the field's path as the item's file names it ("Name",
/// "Address.Province", "Events[2].On"), a key of the back office's resources, and the arguments its text takes.
/// The edit forms show it beside their field in Vietnamese; the uSync import words it in English.
/// </summary>
public sealed record FieldProblem(string Field, string MessageKey, params object[] Arguments);
