using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Editing;

/// <summary>What every <see cref="ContentEditPage{TForm, TFile}"/> needs from the host, as one parameter, so that a
/// type's page names only its own content and what else it loads.</summary>
public sealed record EditPageServices(EditorialWorkflow Workflow, IAuthorizationService Authorization, IStringLocalizer<BackOfficeText> Text);
