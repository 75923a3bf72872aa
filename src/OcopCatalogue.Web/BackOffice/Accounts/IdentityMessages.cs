using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>Identity's error codes as Vietnamese sentences for the form that caused them.</summary>
public static class IdentityMessages
{
    public static void AddTo(ModelStateDictionary modelState, string field, IdentityResult result, IStringLocalizer<BackOfficeText> text)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var error in result.Errors)
        {
            var message = text["Identity." + error.Code];
            modelState.AddModelError(field, message.ResourceNotFound ? text["Identity.Other"] : message);
        }
    }
}
