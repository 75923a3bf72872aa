namespace OcopCatalogue.Web.Evaluation;

/// <summary>Authorisation policies of the evaluation pages (alongside BackOffice/BackOfficePolicies).</summary>
public static class EvaluationPolicies
{
    /// <summary>Anyone in the process: staff, producers' representatives, commune officers, council participants. Each page then checks the object.</summary>
    public const string Participate = "Evaluation.Participate";

    /// <summary>Editors and administrators: open rounds, invite people, seat the council, load sheets.</summary>
    public const string Manage = "Evaluation.Manage";
}
