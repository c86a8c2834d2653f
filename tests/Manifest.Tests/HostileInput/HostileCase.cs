using System.Text;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.Policy;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>What reading a hostile input gave: its diagnostics, and whether the product would go on as if it were good.</summary>
internal sealed record HostileOutcome(IReadOnlyList<Diagnostic> Diagnostics, bool Accepted);

/// <summary>
/// One hostile input: its name, the file it is (<see cref="File"/>: aifactory.json, aifactory.policy.json or
/// aifactory.waivers.json), the input in words or as written, and what it must give — the first error in file order has
/// <see cref="Code"/> at <see cref="Line"/>,<see cref="Column"/> of that file, and its message says <see cref="Fix"/>.
/// </summary>
internal sealed record HostileCase(string Name, string File, string Input, string Code, int Line, int Column, string Fix, Func<HostileOutcome> Read)
{
    public const string ManifestFile = "aifactory.json";
    public const string PolicyFile = PolicyKeys.PolicyFileName;
    public const string WaiversFile = PolicyKeys.WaiversFileName;

    /// <summary>The valid policy the waivers cases sit beside.</summary>
    public const string ValidPolicy = "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.8 } } } }";

    /// <summary>A valid waiver entry, written at line 3, column 5 of <see cref="WaiversWith"/>; its values start at columns 16, 40, 62, 77 and 102.</summary>
    public const string ValidWaiver =
        "{ \"model\": \"LoanApproval\", \"gate\": \"metrics.auc\", \"who\": \"jane\", \"why\": \"new market\", \"expires\": \"2027-03-31\" }";

    public override string ToString() => Name;

    /// <summary>A waivers file whose one entry, on line 3 from column 5, is <paramref name="entry"/>.</summary>
    public static string WaiversWith(string entry) => "{\n  \"waivers\": [\n    " + entry + "\n  ]\n}\n";

    /// <summary><see cref="ValidWaiver"/> with one text replaced.</summary>
    public static string WaiverWith(string from, string to) => WaiversWith(ValidWaiver.Replace(from, to, StringComparison.Ordinal));

    public static HostileCase ManifestText(string name, string text, string code, int line, int column, string fix, ManifestReadOptions? options = null) =>
        new(name, ManifestFile, Shown(text), code, line, column, fix, () =>
        {
            ManifestReadResult read = TestManifests.Read(text, options);
            return new HostileOutcome(read.Diagnostics, read.Manifest != null);
        });

    public static HostileCase PolicyText(string name, string text, string code, int line, int column, string fix) =>
        new(name, PolicyFile, Shown(text), code, line, column, fix, () =>
        {
            PolicyReadResult read = PolicyReader.Read(PolicyTestSupport.PolicyPath, text);
            return new HostileOutcome(read.Diagnostics, read.Policy != null);
        });

    public static HostileCase WaiversText(string name, string text, string code, int line, int column, string fix) =>
        new(name, WaiversFile, Shown(text), code, line, column, fix, () =>
        {
            string waiversPath = Path.Combine(Path.GetDirectoryName(PolicyTestSupport.PolicyPath)!, PolicyKeys.WaiversFileName);
            PolicyReadResult read = PolicyReader.Read(PolicyTestSupport.PolicyPath, ValidPolicy, waiversPath, text);
            return new HostileOutcome(read.Diagnostics, read.Policy != null);
        });

    /// <summary>A policy file (or, beside <see cref="ValidPolicy"/>, a waivers file) of these bytes, read from disk as the build reads it.</summary>
    public static HostileCase FileBytes(string name, string file, string input, byte[] bytes, string code, int line, int column, string fix) =>
        new(name, file, input, code, line, column, fix, () =>
        {
            using var folder = new TempFolder();
            string policyPath = folder.PathOf(PolicyKeys.PolicyFileName);
            System.IO.File.WriteAllText(policyPath, ValidPolicy);
            System.IO.File.WriteAllBytes(folder.PathOf(file), bytes);
            PolicyReadResult read = PolicyReader.ReadFile(policyPath);
            return new HostileOutcome(read.Diagnostics, read.Policy != null);
        });

    /// <summary>
    /// A policy with waivers applied to a manifest of model LoanApproval on <see cref="PolicyTestSupport.Today"/>: the
    /// waivers file is valid, the loosening it was meant for is reported at the manifest's line.
    /// </summary>
    public static HostileCase Applied(string name, string policy, string waivers, string manifestGates, string code, int line, int column, string fix) =>
        new(name, ManifestFile, $"policy {policy}; waivers {Shown(waivers)}; manifest gates {{ {manifestGates} }}", code, line, column, fix, () =>
        {
            string waiversPath = Path.Combine(Path.GetDirectoryName(PolicyTestSupport.PolicyPath)!, PolicyKeys.WaiversFileName);
            PolicyReadResult read = PolicyReader.Read(PolicyTestSupport.PolicyPath, policy, waiversPath, waivers);
            Assert.True(read.Policy != null, string.Join("\n", read.Diagnostics));
            ModelManifest manifest = TestManifests.Valid(PolicyTestSupport.ManifestWith(manifestGates));
            IReadOnlyList<Diagnostic> diagnostics = PolicyApplier.Apply(manifest, read.Policy!, PolicyTestSupport.Today);
            return new HostileOutcome(diagnostics, !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
        });

    /// <summary>
    /// A manifest read as the build reads it (repository root, existence checked) in a real repository folder laid out by
    /// <paramref name="layout"/>: repo/.git, the manifest at repo/models/loan/aifactory.json, and a folder outside/.
    /// </summary>
    public static HostileCase Linked(string name, string input, Action<TempFolder> layout, string text, string code, int line, int column, string fix) =>
        new(name, ManifestFile, input, code, line, column, fix, () =>
        {
            using var folder = new TempFolder();
            folder.Folder("repo/.git");
            folder.Folder("outside");
            layout(folder);
            var options = new ManifestReadOptions { RepositoryRoot = folder.PathOf("repo"), FileExists = System.IO.File.Exists };
            ManifestReadResult read = ManifestReader.Read(folder.PathOf("repo/models/loan/aifactory.json"), text, options);
            return new HostileOutcome(read.Diagnostics, read.Manifest != null);
        });

    /// <summary>UTF-8 bytes of a text, with a byte order mark first when asked.</summary>
    public static byte[] Utf8(string text, bool bom = false) => (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    /// <summary>UTF-16 bytes of a text, little-endian, with or without its byte order mark.</summary>
    public static byte[] Utf16(string text, bool bom) => (bom ? Encoding.Unicode.GetPreamble() : Array.Empty<byte>()).Concat(Encoding.Unicode.GetBytes(text)).ToArray();

    /// <summary>The input as the list shows it: short ones whole, long generated ones by their size.</summary>
    private static string Shown(string text) =>
        text.Length <= 200 ? text.Replace("\n", "⏎", StringComparison.Ordinal) : $"{text.Length:N0} characters: {text.Substring(0, 60).Replace("\n", "⏎", StringComparison.Ordinal)}…";
}
