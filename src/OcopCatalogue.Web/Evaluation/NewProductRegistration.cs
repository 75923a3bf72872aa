using System.Security.Claims;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.BackOffice.Workflow;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// A product that is not in the catalogue yet, registered by its producer's representative: the product is made as a
/// DRAFT through the editorial workflow (the product's own form rules, its sync handler's checks, a version and the
/// workflow's audit entry, ADR 0014), and the registration is added in the same transaction. Nothing is published:
/// the draft waits for an editor, and it has no stars until a decision appends a certificate.
/// </summary>
public sealed class NewProductRegistration(ProductContent products, EditorialDrafts drafts, EditorialCommit commit)
{
    /// <summary>The note kept with the draft's first version.</summary>
    public const string VersionNote = "Đăng ký đánh giá OCOP (sản phẩm mới)";

    /// <summary>The product made (null when refused) and the problems by form field.</summary>
    public sealed record Outcome(Guid? ProductId, IReadOnlyList<FormProblem> Problems);

    /// <summary>
    /// Checks the typed product, saves it as a draft of <paramref name="producerId"/> and, in the same transaction,
    /// lets <paramref name="register"/> add the registration of the new product's id. The caller has checked that the
    /// representative files for that producer.
    /// </summary>
    public async Task<Outcome> CreateAsync(ClaimsPrincipal representative, Guid producerId, string? name, string? nameEn, string? group, string? subGroupCode,
        Func<Guid, Task> register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(representative);
        ArgumentNullException.ThrowIfNull(register);
        var id = Guid.NewGuid();
        // The back office's product form holds the product's field rules (ADR 0015): the same words, the same limits.
        var form = new ProductForm
        {
            Name = name,
            NameEn = nameEn,
            Group = group,
            SubGroupCode = string.IsNullOrWhiteSpace(subGroupCode) ? null : subGroupCode.Trim(),
            ProducerId = producerId.ToString(),
        };
        // No slug is typed here: a name that makes none is already "required", so its slug problem would only repeat it.
        var problems = form.Problems().Where(p => p.Field != nameof(ProductForm.Slug) || !string.IsNullOrWhiteSpace(name)).ToList();
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        // A free slug from the name, as the back office picks one when its slug field is left empty.
        form.Slug = await products.FreeSlugAsync(form.WantedSlug(), id, cancellationToken);
        var file = form.ToFile(products.NewFile(id));
        if (products.Check(file).Select(p => new FormProblem("", "Editorial.Form.Invalid", p.Property, p.Message)).ToList() is { Count: > 0 } fileProblems)
        {
            return new(null, fileProblems);
        }

        await products.ReadAheadAsync(file, cancellationToken);
        var snapshot = products.Write(file);
        return await commit.RunAsync(async () =>
        {
            var saved = await drafts.SaveAsync(AsProducersWriter(representative, producerId), ContentItemType.Product, id, snapshot, sendForReview: false, VersionNote, cancellationToken);
            if (!saved.Succeeded)
            {
                return new Outcome(null, [.. (saved.Problems ?? [("", "Workflow.NotNow")]).Select(p => new FormProblem(p.Field, p.Problem))]);
            }

            await register(id);
            return new Outcome(id, []);
        }, cancellationToken);
    }

    /// <summary>
    /// The representative as the workflow knows people: a writer limited to the one producer it registers for, so the
    /// draft is saved (never published), its version and audit entry name the representative, and the workflow's own
    /// scope rule refuses any other producer. The representative's account itself gains no back-office role.
    /// </summary>
    private static ClaimsPrincipal AsProducersWriter(ClaimsPrincipal representative, Guid producerId)
    {
        var identity = new ClaimsIdentity("evaluation-registration", ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, representative.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""));
        identity.AddClaim(new Claim(ClaimTypes.Name, representative.Identity?.Name ?? ""));
        if (representative.FindFirstValue(StaffClaims.DisplayName) is { } display)
        {
            identity.AddClaim(new Claim(StaffClaims.DisplayName, display));
        }

        identity.AddClaim(new Claim(ClaimTypes.Role, StaffRoles.Writer));
        identity.AddClaim(new Claim(StaffClaims.Producer, producerId.ToString()));
        return new ClaimsPrincipal(identity);
    }
}
