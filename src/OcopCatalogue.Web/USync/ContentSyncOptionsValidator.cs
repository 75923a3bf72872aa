using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.USync;

/// <summary>Fails start-up when the uSync folder cannot be found, rather than importing nothing in silence.</summary>
internal sealed class ContentSyncOptionsValidator(IHostEnvironment environment) : IValidateOptions<ContentSyncOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentSyncOptions options)
    {
        var directory = options.FindUSyncDirectory(environment);
        if (directory is null)
        {
            return ValidateOptionsResult.Fail(
                $"Ocop:USyncDirectory is not set and no uSync folder was found beside OcopCatalogue.sln above '{environment.ContentRootPath}'.");
        }

        return Directory.Exists(directory)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Ocop:USyncDirectory '{directory}' does not exist.");
    }
}
