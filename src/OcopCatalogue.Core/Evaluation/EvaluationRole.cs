namespace OcopCatalogue.Core.Evaluation;

/// <summary>Who takes the steps of an evaluation round (Decision 148/QĐ-TTg, Annex II as amended by Decision 1489/QĐ-TTg).</summary>
public enum EvaluationRole
{
    /// <summary>The producer's representative: registers, files and supplements the dossier.</summary>
    ProducerRepresentative = 1,
    /// <summary>An officer of the commune's People's Committee: checks the dossier's form, assesses the local criteria, proposes or returns.</summary>
    CommuneOfficer = 2,
    /// <summary>The provincial council's advisory group (Tổ tư vấn): finds the dossier complete or asks for more.</summary>
    AdvisoryGroup = 3,
    /// <summary>A member of the provincial council (Hội đồng) assigned to the round: scores each product.</summary>
    CouncilMember = 4,
    /// <summary>The council's secretary: opens and closes scoring.</summary>
    Secretary = 5,
    /// <summary>The council's chair: sends a spread back for re-scoring and records the decision.</summary>
    Chair = 6,
}
