using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Policy;

/// <summary>Reads a policy and a manifest from text and applies one to the other on a fixed date.</summary>
internal static class PolicyTestSupport
{
    public static readonly string PolicyPath = Path.Combine(Path.GetTempPath(), "aif-manifest-tests", PolicyKeys.PolicyFileName);

    public static readonly DateTime Today = new(2026, 11, 23);

    public static GovernancePolicy ReadPolicy(string text)
    {
        PolicyReadResult read = PolicyReader.Read(PolicyPath, text);
        Assert.True(read.Diagnostics.Count == 0, string.Join("\n", read.Diagnostics));
        return read.Policy!;
    }

    /// <summary>Applies <paramref name="policy"/> to the manifest text; returns the effective manifest and the diagnostics.</summary>
    public static (ModelManifest Manifest, IReadOnlyList<Diagnostic> Diagnostics) Apply(string manifest, GovernancePolicy policy, DateTime? today = null)
    {
        ModelManifest read = TestManifests.Valid(manifest);
        IReadOnlyList<Diagnostic> diagnostics = PolicyApplier.Apply(read, policy, today ?? Today);
        return (read, diagnostics);
    }

    public static Waiver Waiver(string gate, string expires, string model = "LoanApproval") => new()
    {
        Model = model,
        Gate = gate,
        Who = "jane.doe@contoso.com",
        Why = "new market",
        Expires = DateTime.ParseExact(expires, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ExpiresText = expires,
        Location = new SourceLocation(Path.Combine(Path.GetTempPath(), "aif-manifest-tests", PolicyKeys.WaiversFileName), 4, 5),
    };

    /// <summary>A manifest of model LoanApproval whose gates are <paramref name="gates"/> (line 5 holds them, from column 12).</summary>
    public static string ManifestWith(string gates, string sensitive = "\"sex\", \"race\"", string extra = "") =>
        "{\n  \"model\": { \"name\": \"LoanApproval\" },\n" +
        "  \"business\": { \"costs\": { \"falsePositive\": 500, \"falseNegative\": 120 } },\n" +
        "  \"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\", \"sensitive\": [" + sensitive + "]" + extra + " },\n" +
        "  \"gates\": { " + gates + " }\n}";

    public static int Column(string gates, string text) => 14 + gates.IndexOf(text, StringComparison.Ordinal);

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        Assert.True(diagnostics.Count == 1, string.Join("\n", diagnostics));
        Assert.Equal(code, diagnostics[0].Code);
        return diagnostics[0];
    }
}
