namespace OcopCatalogue.Web.Catalogue;

/// <summary>Orders the catalogue offers (<c>sap-xep</c>).</summary>
public enum CatalogueSort
{
    Name = 0,
    HighestScore = 1,
    RecentlyUpdated = 2,
}
