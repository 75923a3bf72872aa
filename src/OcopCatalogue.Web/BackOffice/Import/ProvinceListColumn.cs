namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>The columns of a province's annex of certified OCOP products that the import understands.</summary>
public enum ProvinceListColumn
{
    Product = 1,
    Producer = 2,
    Address = 3,
    Score = 4,
    Stars = 5,
    DecisionNumber = 6,
    DecisionDate = 7,
    /// <summary>Not in every annex; needed only to create a product the site does not have yet.</summary>
    Group = 8,
}
