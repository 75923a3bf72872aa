namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>A form with lists of rows that <see cref="RowAction"/> buttons change without JavaScript.</summary>
public interface IRowForm
{
    /// <summary>Carries out a row button; false when the list it names is not one of this form's.</summary>
    bool Apply(RowAction action);
}
