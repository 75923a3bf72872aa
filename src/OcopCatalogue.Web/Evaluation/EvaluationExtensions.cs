using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Hardening;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Evaluation;

public static class EvaluationExtensions
{
    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSyncHandler<CriteriaSheetSyncHandler>();
        services.AddScoped<CriteriaSheets>();
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<RoundDecisionRecorder>();
        services.AddScoped<CentralDecisionRecorder>();
        services.AddScoped<NewProductRegistration>();
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<RoundResults>();
        services.AddAuthorizationBuilder()
            .AddPolicy(EvaluationPolicies.Participate, p => p.RequireRole([.. StaffRoles.All, .. EvaluationAccountRoles.All]))
            .AddPolicy(EvaluationPolicies.Manage, p => p.RequireRole(StaffRoles.Editor, StaffRoles.Administrator));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Evaluation", EvaluationPolicies.Participate);
            o.Conventions.AuthorizePage("/Evaluation/People", EvaluationPolicies.Manage);
            o.Conventions.AllowAnonymousToPage("/Evaluation/AcceptInvitation");
            // Setting a password with a link is counted against the sign-in limit, as the set-up link is.
            o.Conventions.AddPageApplicationModelConvention("/Evaluation/AcceptInvitation",
                m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.SignIn)));
        });
        // Pages under /backoffice already stay out of the page cache (BackOffice's uncached prefix); the folder too.
        services.Configure<UncachedAreaOptions>(o => o.Pages.Add("/Evaluation"));
        return builder;
    }
}
