using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Addresses;

/// <summary>
/// Locality mappings in uSync: <c>localities/{slug}.json</c>, one per locality as published, read before the items
/// whose addresses they describe. Read strictly like every type: an unknown property, a unit of today without its
/// resolution or a second file for the same published locality is refused with the reason.
/// </summary>
public sealed class LocalityMappingSyncHandler(OcopDbContext db, TimeProvider clock) : SyncHandler<LocalityMappingFile, LocalityMapping>(db, clock)
{
    public const string FolderName = "localities";

    public override ContentItemType Type => ContentItemType.Locality;

    public override string Folder => FolderName;

    public override int ImportOrder => 50;

    /// <summary>The file name: the published units as a slug ("an-giang-thanh-pho-long-xuyen-phuong-my-long").</summary>
    public static string SlugOf(ILocalityMappingFields mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return Slug.From(string.Join(' ', mapping.PublishedProvince, mapping.PublishedDistrict, mapping.PublishedCommuneOrWard));
    }

    public override LocalityMappingFile ToFile(LocalityMapping entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Key = entity.Id,
            PublishedProvince = entity.PublishedProvince,
            PublishedDistrict = entity.PublishedDistrict,
            PublishedCommuneOrWard = entity.PublishedCommuneOrWard,
            CurrentCommuneOrWard = entity.CurrentCommuneOrWard,
            CurrentProvince = entity.CurrentProvince,
            ProvinceResolution = entity.ProvinceResolution,
            ProvinceResolutionDate = entity.ProvinceResolutionDate,
            CommuneResolution = entity.CommuneResolution,
            CommuneResolutionDate = entity.CommuneResolutionDate,
            VerifiedAt = entity.VerifiedAt,
            Note = entity.Note,
        };
    }

    public override void Apply(LocalityMappingFile file, LocalityMapping entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.PublishedProvince = file.PublishedProvince;
        entity.PublishedDistrict = file.PublishedDistrict;
        entity.PublishedCommuneOrWard = file.PublishedCommuneOrWard;
        entity.CurrentCommuneOrWard = file.CurrentCommuneOrWard;
        entity.CurrentProvince = file.CurrentProvince;
        entity.ProvinceResolution = file.ProvinceResolution;
        entity.ProvinceResolutionDate = file.ProvinceResolutionDate;
        entity.CommuneResolution = file.CommuneResolution;
        entity.CommuneResolutionDate = file.CommuneResolutionDate;
        entity.VerifiedAt = file.VerifiedAt;
        entity.Note = file.Note;
    }

    public override IEnumerable<(string Property, string Message)> Check(LocalityMappingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. USyncChecks.Key(file.Key), .. Findings(LocalityMappingRules.Check(file))];
    }

    protected override string Describe(FieldProblem problem, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return problem.MessageKey switch
        {
            LocalityMappingRules.SourceNeeded => $"{propertyPath} is missing: {USyncChecks.Property((string)a[0])} needs the resolution that made it; leave the unit empty when it cannot be verified.",
            LocalityMappingRules.DateWithoutResolution => $"{propertyPath} is given without the resolution's number.",
            LocalityMappingRules.ResolutionMalformed => $"{propertyPath} '{a[0]}' is not a resolution number as the documents write it (for example 202/2025/QH15 or 1654/NQ-UBTVQH15).",
            LocalityMappingRules.DateOutsideReorganisation => $"{propertyPath} {a[0]} is not a date of the 2025 reorganisation (resolutions of 2025, before 1 July).",
            _ => base.Describe(problem, propertyPath),
        };
    }

    protected override Guid KeyOf(LocalityMappingFile file) => file.Key;

    protected override Task<Func<LocalityMapping, string?>> NamesAsync(IReadOnlyCollection<LocalityMapping> entities, CancellationToken cancellationToken) =>
        Task.FromResult<Func<LocalityMapping, string?>>(m => SlugOf(m) is { Length: > 0 } slug ? USyncFileName.Of(Folder, slug) : null);

    /// <summary>One mapping per published locality: a second one would make an address's units depend on which file won.</summary>
    protected override async Task<bool> CheckStoreAsync(IncomingFile file, LocalityMappingFile data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(data);
        var others = await Db.Set<LocalityMapping>().AsNoTracking()
            .Where(m => m.Id != data.Key && m.PublishedProvince == data.PublishedProvince)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (others.FirstOrDefault(m => LocalityMappingRules.Matches(m, data.PublishedProvince, data.PublishedDistrict, data.PublishedCommuneOrWard)) is { } twin)
        {
            file.Fail("publishedProvince", $"this published locality is already mapped by {await DescribeAsync(twin.Id, cancellationToken).ConfigureAwait(false)}; keep one file per locality.");
            return false;
        }

        return true;
    }
}
