namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// What a failed mandatory criterion (one no submitted member gave any point) does to the council's result. The
/// sources we could read mark criteria as mandatory but do not say what failing one does, so this is a council
/// option, and the default only reports it.
/// </summary>
public enum MandatoryCriteriaRule
{
    /// <summary>The failures are listed for the council; the stars follow the score's band.</summary>
    ReportOnly = 1,
    /// <summary>A product that fails a mandatory criterion is not ranked (no stars, no central proposal).</summary>
    NotRankedWhenFailed = 2,
}
