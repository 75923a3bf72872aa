namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>Why a whole uploaded file cannot be read as a province list.</summary>
public enum ProvinceListFileProblem
{
    Empty = 1,
    TooLarge = 2,
    NotUtf8 = 3,
    Unreadable = 4,
    NoProductColumn = 5,
    NoProducerColumn = 6,
    NoScoreOrStarsColumn = 7,
    TooManyRows = 8,
}
