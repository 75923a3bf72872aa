namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Marker type for the notes the engine writes on versions it makes itself (a rollback, the recycle bin, a baseline),
/// in Resources/Editorial/EditorialText.resx: Vietnamese, as staff read them in the history.
/// </summary>
public sealed class EditorialText
{
    private EditorialText()
    {
    }
}
