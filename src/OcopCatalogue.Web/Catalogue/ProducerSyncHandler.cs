using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Content.RichText;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>Producers in uSync: <c>producers/{slug}.json</c>, read first since products name them.</summary>
public sealed class ProducerSyncHandler(OcopDbContext db, TimeProvider clock) : SluggedSyncHandler<ProducerFile, Producer>(db, clock)
{
    public const string FolderName = "producers";

    public override ContentItemType Type => ContentItemType.Producer;

    public override string Folder => FolderName;

    public override int ImportOrder => 100;

    public override ProducerFile ToFile(Producer entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Key = entity.Id,
            Slug = entity.Slug,
            Name = entity.Name,
            Kind = entity.Kind,
            Address = AddressFile.Of(entity.Address),
            Latitude = entity.Latitude,
            Longitude = entity.Longitude,
            Phone = entity.Phone,
            Website = entity.Website,
            LogoPath = entity.LogoPath,
            StoryIsSample = entity.StoryIsSample,
            StoryHtml = entity.StoryHtml,
            NameEn = entity.NameEn,
            StoryHtmlEn = entity.StoryHtmlEn,
            State = entity.State,
        };
    }

    public override void Apply(ProducerFile file, Producer entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.Slug = file.Slug;
        entity.Name = file.Name;
        entity.Kind = file.Kind;
        file.Address.CopyTo(entity.Address);
        entity.Latitude = file.Latitude;
        entity.Longitude = file.Longitude;
        entity.Phone = file.Phone;
        entity.Website = file.Website;
        entity.LogoPath = file.LogoPath;
        entity.StoryIsSample = file.StoryIsSample;
        entity.StoryHtml = file.StoryHtml is null ? null : RichTextSanitizer.Sanitize(file.StoryHtml);
        entity.NameEn = file.NameEn;
        entity.StoryHtmlEn = file.StoryHtmlEn is null ? null : RichTextSanitizer.Sanitize(file.StoryHtmlEn);
        entity.State = file.State;
    }

    public override IEnumerable<(string Property, string Message)> Check(ProducerFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. USyncChecks.Key(file.Key), .. Findings(ProducerRules.Check(file)), .. USyncChecks.State(file.State)];
    }

    protected override string Describe(FieldProblem problem, string propertyPath) =>
        USyncChecks.Coordinates(ProducerRules.Coordinates, problem, propertyPath) ?? base.Describe(problem, propertyPath);

    protected override Guid KeyOf(ProducerFile file) => file.Key;

    protected override string SlugOf(ProducerFile file) => file.Slug;
}
