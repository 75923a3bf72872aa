using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Pages;

/// <summary>A content page's field limits (its columns) and the checks its values must pass, wherever they come from.</summary>
public static class ContentPageRules
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 500;

    /// <summary>The places a page may take in the menu (the edit form's choice).</summary>
    public const int MinMenuOrder = 0;
    public const int MaxMenuOrder = 999;

    /// <summary>A page without a body.</summary>
    public const string BodyRequired = "Pages.Error.BodyRequired";

    public static IReadOnlyList<FieldProblem> Check(IContentPageFields page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<FieldProblem>();
        FieldChecks.Slug(problems, nameof(page.Slug), page.Slug, page.Title);
        FieldChecks.Required(problems, nameof(page.Title), page.Title);
        FieldChecks.MaxLength(problems, nameof(page.Title), page.Title, MaxTitleLength);
        FieldChecks.MaxLength(problems, nameof(page.Summary), page.Summary, MaxSummaryLength);
        FieldChecks.Required(problems, nameof(page.BodyHtml), page.BodyHtml, BodyRequired);
        return problems;
    }
}
