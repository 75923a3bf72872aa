using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.OpenData;

/// <summary>A licence needs a name and an http(s) address: files published without knowing their terms are of little use to anyone.</summary>
public sealed class OpenDataOptionsValidator : IValidateOptions<OpenDataOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Licence?.Name) || options.Licence.Name.Length > 200)
        {
            problems.Add($"{OpenDataOptions.Section}:Licence:Name must name the licence (at most 200 characters), for example \"CC BY 4.0\".");
        }

        if (!Uri.TryCreate(options.Licence?.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{OpenDataOptions.Section}:Licence:Url must be the licence's http(s) address, for example https://creativecommons.org/licenses/by/4.0/.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
