using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>A producer's field limits (its columns) and the checks its values must pass, wherever they come from.</summary>
public static class ProducerRules
{
    public const int MaxNameLength = 200;
    public const int MaxPhoneLength = 40;
    public const int MaxWebsiteLength = 300;
    public const int MaxLogoPathLength = 300;

    /// <summary>How a producer's coordinate problems are worded.</summary>
    public static CoordinateMessages Coordinates { get; } = new("Producer.Error.Coordinate", "Producer.Error.CoordinatesTogether");

    public static IReadOnlyList<FieldProblem> Check(IProducerFields producer)
    {
        ArgumentNullException.ThrowIfNull(producer);
        var problems = new List<FieldProblem>();
        FieldChecks.Slug(problems, nameof(producer.Slug), producer.Slug, producer.Name);
        FieldChecks.Required(problems, nameof(producer.Name), producer.Name);
        FieldChecks.MaxLength(problems, nameof(producer.Name), producer.Name, MaxNameLength);
        FieldChecks.Defined(problems, nameof(producer.Kind), producer.Kind);
        PlaceRules.Check(problems, producer, Coordinates);
        FieldChecks.MaxLength(problems, nameof(producer.Phone), producer.Phone, MaxPhoneLength);
        FieldChecks.MaxLength(problems, nameof(producer.Website), producer.Website, MaxWebsiteLength);
        FieldChecks.WebAddress(problems, nameof(producer.Website), producer.Website);
        FieldChecks.MaxLength(problems, nameof(producer.LogoPath), producer.LogoPath, MaxLogoPathLength);
        FieldChecks.MaxLength(problems, nameof(producer.NameEn), producer.NameEn, MaxNameLength);
        return problems;
    }
}
