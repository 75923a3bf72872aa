namespace OcopCatalogue.Web.Evaluation;

/// <summary>Marker type for the evaluation pages' strings in Resources/Evaluation/EvaluationText.resx (Vietnamese) and .en.resx (English).</summary>
public sealed class EvaluationText
{
    private EvaluationText()
    {
    }
}
