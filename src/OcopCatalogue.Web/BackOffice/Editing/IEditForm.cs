using OcopCatalogue.Web.BackOffice.Workflow;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>
/// The edit form of a content type whose versions are files <typeparamref name="TFile"/>, every field a string as
/// typed: filled from a file, checked on its own (the workflow checks what only the store knows), and holding the
/// remark stored with the version. How it becomes a file differs per type and is its page's to say.
/// </summary>
public interface IEditForm<TForm, TFile>
    where TForm : IEditForm<TForm, TFile>
{
    /// <summary>A remark stored with the version.</summary>
    string? Note { get; }

    static abstract TForm From(TFile file);

    /// <summary>What is wrong with the form on its own, by field name within the form.</summary>
    IReadOnlyList<FormProblem> Problems();

    /// <summary>Rich text as the store keeps it, before the form can be shown again; a form without any has nothing to do.</summary>
    void CleanRichText()
    {
    }
}
