namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>What the person asked for with the edit form's button: keep a draft, send it for review, or publish it.</summary>
public enum EditIntent
{
    Draft = 0,
    Review = 1,
    Publish = 2,
}
