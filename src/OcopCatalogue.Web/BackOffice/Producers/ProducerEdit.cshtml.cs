using Microsoft.AspNetCore.Mvc;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Web.BackOffice.Producers;

/// <summary>A new producer (<c>/backoffice/chu-the/moi</c>, not for producer-limited writers) or an existing one by id.</summary>
public sealed class ProducerEditModel(EditPageServices services, ProducerContent producers)
    : ContentEditPage<ProducerForm, ProducerFile>(services, producers)
{
    protected override string NewTitleKey => "Producer.New";

    protected override IReadOnlyList<(string FileProperty, string FormProperty)> FileFields { get; } =
        [(nameof(ProducerFile.Slug), nameof(ProducerForm.Slug))];

    protected override ProducerForm NewForm() => new() { Kind = nameof(ProducerKind.Cooperative) };

    /// <summary>A writer limited to producers works on those; adding a producer is for the province's own staff.</summary>
    protected override IActionResult? ScopeRefusal(string key) => key == NewKey && StaffScope.From(User).IsLimited ? Forbid() : null;

    protected override Task<ProducerFile> ToFileAsync(ProducerFile original, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Form.ToFile(original));
}
