namespace OcopCatalogue.Web.Evaluation;

/// <summary>A commune an officer screens for (matched against the producer's commune or ward).</summary>
public sealed class CommuneAssignment
{
    public const int MaxCommuneLength = 200;

    public string UserId { get; set; } = "";
    public string Commune { get; set; } = "";
}
