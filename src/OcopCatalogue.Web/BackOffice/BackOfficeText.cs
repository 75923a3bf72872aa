namespace OcopCatalogue.Web.BackOffice;

/// <summary>Marker type for the back office's strings in Resources/BackOffice/BackOfficeText.resx (Vietnamese; staff work in Vietnamese).</summary>
public sealed class BackOfficeText
{
    private BackOfficeText()
    {
    }
}
