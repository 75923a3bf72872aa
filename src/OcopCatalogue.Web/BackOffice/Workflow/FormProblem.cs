namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>A problem with one field of an edit form: the field's name in the form and a key of the back office's resources.</summary>
public sealed record FormProblem(string Field, string Key, params object[] Arguments);
