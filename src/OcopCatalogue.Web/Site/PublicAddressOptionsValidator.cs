using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// <c>Ocop:PublicBaseUrl</c> is an http(s) address without query, fragment or user, and it is required outside
/// Development and the tests' "Testing" environment: there, a site without it would take its address from the Host
/// header, so a client could put its own host into cached pages and printed stamps.
/// </summary>
public sealed class PublicAddressOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicAddressOptions>
{
    /// <summary>The environment the integration and browser tests run in; like Development it may use the request's host.</summary>
    public const string TestingEnvironment = "Testing";

    private const string Example = "https://ocop.example.gov.vn";

    public ValidateOptionsResult Validate(string? name, PublicAddressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{PublicAddressOptions.Key} is required outside Development: set it to the site's official address, for example "
                    + $"--{PublicAddressOptions.Key}={Example} (or the environment variable Ocop__PublicBaseUrl). Links, QR stamps and "
                    + "the allowed Host come from it; scripts/run.sh passes the address it serves.");
        }

        return PublicAddress.TryParseBase(value, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicAddressOptions.Key} must be an absolute http or https address without query, fragment or user name, for example {Example}; got '{value}'.");
    }
}
