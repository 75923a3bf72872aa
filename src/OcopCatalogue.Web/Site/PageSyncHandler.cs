using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.Content.RichText;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Site;

/// <summary>Content pages (about the programme, contact) in uSync: <c>pages/{slug}.json</c>.</summary>
public sealed class PageSyncHandler(OcopDbContext db, TimeProvider clock) : SluggedSyncHandler<PageFile, ContentPage>(db, clock)
{
    public const string FolderName = "pages";

    public override ContentItemType Type => ContentItemType.Page;

    public override string Folder => FolderName;

    public override int ImportOrder => 600;

    public override PageFile ToFile(ContentPage entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new()
        {
            Key = entity.Id,
            Slug = entity.Slug,
            Title = entity.Title,
            Summary = entity.Summary,
            MenuOrder = entity.MenuOrder,
            BodyHtml = entity.BodyHtml,
            State = entity.State,
        };
    }

    public override void Apply(PageFile file, ContentPage entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.Slug = file.Slug;
        entity.Title = file.Title;
        entity.Summary = file.Summary;
        entity.MenuOrder = file.MenuOrder;
        entity.BodyHtml = RichTextSanitizer.Sanitize(file.BodyHtml);
        entity.State = file.State;
    }

    public override IEnumerable<(string Property, string Message)> Check(PageFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. USyncChecks.Key(file.Key), .. Findings(ContentPageRules.Check(file)), .. USyncChecks.State(file.State)];
    }

    protected override string Describe(FieldProblem problem, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.MessageKey == ContentPageRules.BodyRequired ? $"{propertyPath} is missing." : base.Describe(problem, propertyPath);
    }

    protected override Guid KeyOf(PageFile file) => file.Key;

    protected override string SlugOf(PageFile file) => file.Slug;
}
