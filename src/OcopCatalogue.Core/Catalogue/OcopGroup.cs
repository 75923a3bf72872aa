namespace OcopCatalogue.Core.Catalogue;

/// <summary>The six OCOP product groups of Decision 148/QĐ-TTg (2023), numbered as the decision numbers them.</summary>
public enum OcopGroup
{
    Food = 1,
    Drinks = 2,
    Herbal = 3,
    Handicrafts = 4,
    OrnamentalPlantsAndAnimals = 5,
    CommunityTourism = 6,
}
