namespace OcopCatalogue.Core.Evaluation;

/// <summary>Where a product's registration in a round stands, in the order the steps come.</summary>
public enum EvaluationStep
{
    Registered = 1,
    DossierSubmitted = 2,
    /// <summary>The commune sent the dossier back with reasons; only a new submission moves it on.</summary>
    ReturnedByCommune = 3,
    /// <summary>The commune proposed the product to the province, with its four local criteria.</summary>
    WithAdvisoryGroup = 4,
    /// <summary>The advisory group asked for more; only a new submission moves it on.</summary>
    MoreAskedByAdvisoryGroup = 5,
    DossierComplete = 6,
    ScoringOpen = 7,
    /// <summary>The members' totals are further apart than the council's limit.</summary>
    DiscussionFlagged = 8,
    Rescoring = 9,
    Scored = 10,
    /// <summary>The province's decision is recorded; its certificate follows the certificate rules.</summary>
    Decided = 11,
}
