using System.Text.Json;
using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>Runs axe-core (from node_modules, installed by scripts/test.sh) on the page a browser shows.</summary>
public static class Accessibility
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The violations of serious or critical impact on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        if (!File.Exists(RepositoryPaths.AxeScript))
        {
            Assert.Fail($"{RepositoryPaths.AxeScript} is missing: run `bash scripts/test.sh`, which installs axe-core.");
        }

        // Evaluated through the browser's debugging protocol, not added as a <script>: the site's content security
        // policy rightly refuses inline scripts, and axe is the test's code, not the page's.
        await page.EvaluateAsync(await File.ReadAllTextAsync(RepositoryPaths.AxeScript));
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const results = await axe.run(document, { resultTypes: ['violations'] });
                return JSON.stringify(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({
                        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary ?? null })),
                    })));
            }
            """);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }

    /// <summary>A readable list for a failure message: one rule a paragraph, each element on its own line.</summary>
    public static string Describe(string page, IReadOnlyList<AxeViolation> violations) =>
        $"{violations.Count} serious or critical axe-core violation(s) on {page}:" + Environment.NewLine
        + string.Join(Environment.NewLine, violations.Select(v => "  " + v));
}
