namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>What a row button does: add a blank row at a place, remove a row, or move it up or down one place.</summary>
public enum RowOperation
{
    Add = 1,
    Remove = 2,
    Up = 3,
    Down = 4,
}
