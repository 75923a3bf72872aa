using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>The workflow box of an edit page: where the item stands and what may be done to it from there.</summary>
public sealed record WorkflowPanel(IEditorialContent Kind, EditorialEntry? Entry, bool MayPublish);
