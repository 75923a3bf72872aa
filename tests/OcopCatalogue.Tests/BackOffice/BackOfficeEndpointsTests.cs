using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.BackOffice;
using OcopCatalogue.Web.Evaluation;

namespace OcopCatalogue.Tests.BackOffice;

/// <summary>
/// Every back-office address, found from the app's own endpoint table (so a page added tomorrow is covered
/// without touching this file), refuses anonymous visitors and requires a back-office policy.
/// </summary>
public sealed class BackOfficeEndpointsTests
{
    private static readonly string[] OpenToAnonymous = ["backoffice/dang-nhap", "backoffice/dang-nhap/xac-thuc", "backoffice/thiet-lap", "backoffice/danh-gia/nhan-loi-moi"];

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory();

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    private List<RouteEndpoint> BackOfficeEndpoints() =>
        [.. _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("backoffice", StringComparison.OrdinalIgnoreCase) == true)];

    [Test]
    public void Every_back_office_endpoint_requires_a_back_office_policy()
    {
        var endpoints = BackOfficeEndpoints();
        // The evaluation pages let invited producers, commune officers and council participants in (issue 18).
        var policies = new[] { BackOfficePolicies.Write, BackOfficePolicies.Publish, BackOfficePolicies.Administer, EvaluationPolicies.Participate, EvaluationPolicies.Manage };
        var unguarded = endpoints
            .Where(e => !OpenToAnonymous.Contains(e.RoutePattern.RawText!.TrimStart('/')))
            // Pages under /BackOffice get the Write policy from the folder convention, as endpoint metadata.
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().All(a => !policies.Contains(a.Policy)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(endpoints, Has.Count.GreaterThan(5));
            Assert.That(unguarded, Is.Empty);
        });
    }

    [Test]
    public async Task Anonymous_requests_to_every_back_office_address_are_sent_to_sign_in_or_get_401()
    {
        using var client = BackOfficeSession.NewClient(_factory);
        var wrong = new List<string>();
        foreach (var endpoint in BackOfficeEndpoints().Where(e => !OpenToAnonymous.Contains(e.RoutePattern.RawText!.TrimStart('/'))))
        {
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Fill))));
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(method, path);
                using var response = await client.SendAsync(request);
                var ok = path.StartsWith("/backoffice/api", StringComparison.Ordinal)
                    ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/backoffice/dang-nhap", StringComparison.Ordinal)
                        || response.StatusCode == HttpStatusCode.MethodNotAllowed;
                if (!ok)
                {
                    wrong.Add($"{method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
            parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1" : Guid.NewGuid().ToString(),
        _ => "",
    };
}
