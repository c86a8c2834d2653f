using System.Text;
using AiFactory.Manifest.Reading;
using static AiFactory.Manifest.Diagnostics.DiagnosticIds;
using static AiFactory.Manifest.Tests.HostileInput.HostileCase;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// The hostile-input corpus of manifests, policies and waivers: one list a reviewer reads — case, input, code, line and
/// column of the first error, and what its message tells the user to do. <see cref="HostileCorpusTests"/> runs every case
/// under a hang guard and checks no exception escapes and no reading claims the input good. The data files' corpus is
/// Core.Tests' HostileInput/DataCorpus (the data reader lives there). The cases with symbolic links run off Windows only.
/// </summary>
internal static class HostileCorpus
{
    // HostileReading.Minimal(): line 2 is `  "model": { "name": "M", <model keys from column 27> },`, line 4 the data section
    // (train at column 22, test at 40), line 5 the closing brace.
    private static string Minimal(string model = "\"seed\": 1") => HostileReading.Minimal(model);

    private static string WithGates(string gates) => Minimal().Replace("\n}\n", ",\n  \"gates\": " + gates + "\n}\n", StringComparison.Ordinal);

    private static readonly string FiveMbManifest =
        Minimal("\"owners\": [" + string.Join(", ", Enumerable.Repeat("\"model-risk-team\"", 300_000)) + "], \"threshold\": 2");

    private static readonly string ManyColumns = Minimal().Replace("\"positive\": \"1\"",
        "\"positive\": \"1\",\n    \"columns\": {\n" +
        string.Join(",\n", Enumerable.Range(0, 200_000).Select(i => $"      \"column_{i:D6}\": \"{(i == 199_999 ? "nummber" : "number")}\"")) + "\n    }",
        StringComparison.Ordinal);

    private static readonly string FiveMbPolicy =
        "{ \"policy\": { \"name\": \"big\", \"owners\": [" + string.Join(",", Enumerable.Repeat("\"model-risk-team\"", 300_000)) + "] }, \"gates\": { \"metrics\": { \"auc\": { \"min\": 2 } } } }";

    private static readonly string FiveMbWaivers = "{\n  \"waivers\": [\n" +
        string.Join(",\n", Enumerable.Range(0, 45_000).Select(i => "    " + (i == 44_999 ? ValidWaiver.Replace("2027-03-31", "2027-02-29", StringComparison.Ordinal) : ValidWaiver))) + "\n  ]\n}\n";

    private const string ManifestPathHere = "{\n  \"model\": { \"name\": \"M\" },\n  \"data\": {\n    \"train\": \"data/train.csv\",\n    \"test\": \"data/test.csv\",\n    \"label\": \"y\", \"positive\": \"1\"\n  }\n}\n";

    public static IReadOnlyList<HostileCase> Cases { get; } = new List<HostileCase>
    {
        // ---- manifests (aifactory.json) ------------------------------------------------------------------------------
        ManifestText("manifest: empty file", "", InvalidJson, 1, 1, "expected a JSON object"),
        ManifestText("manifest: a JSON array, not an object", "[]", WrongType, 1, 1, "must be a JSON object"),
        ManifestText("manifest: cut off inside model", Minimal().Substring(0, Minimal().IndexOf("\"seed\"", StringComparison.Ordinal)), InvalidJson, 2, 12, "never closed with '}'"),
        ManifestText("manifest: a comma left out between sections", Minimal().Replace("},\n  \"business\"", "}\n  \"business\"", StringComparison.Ordinal), InvalidJson, 3, 3, "','"),
        ManifestText("manifest: model written twice", Minimal().Replace("\"data\":", "\"model\": { \"name\": \"N\" },\n  \"data\":", StringComparison.Ordinal), DuplicateKey, 4, 3, "remove one of them"),
        ManifestText("manifest: seed written twice", Minimal("\"seed\": 1, \"seed\": 2"), DuplicateKey, 2, 38, "remove one of them"),
        ManifestText("manifest: NaN", Minimal("\"seed\": NaN"), InvalidJson, 2, 35, "write a finite number"),
        ManifestText("manifest: Infinity", Minimal("\"threshold\": Infinity"), InvalidJson, 2, 40, "write a finite number"),
        ManifestText("manifest: 1e999", Minimal("\"threshold\": 1e999"), OutOfRange, 2, 40, "between 0 and 1"),
        ManifestText("manifest: a number in quotes", Minimal("\"seed\": \"1\""), WrongType, 2, 35, "without quotes"),
        ManifestText("manifest: unknown key", Minimal("\"sede\": 1"), UnknownKey, 2, 27, "did you mean 'seed'"),
        ManifestText("manifest: unknown metric", WithGates("{ \"metrics\": { \"aucc\": { \"min\": 0.7 } } }"), UnknownMetric, 5, 27, "did you mean 'auc'"),
        ManifestText("manifest: a bound outside [0,1]", WithGates("{ \"metrics\": { \"auc\": { \"min\": 1.7 } } }"), OutOfRange, 5, 43, "between 0 and 1"),
        ManifestText("manifest: the label left out", Minimal().Replace("\"label\": \"y\", ", "", StringComparison.Ordinal), MissingKey, 4, 11, "label"),
        ManifestText("manifest: a lone surrogate escape", Minimal().Replace("\"name\": \"M\"", "\"name\": \"M\\uD800\"", StringComparison.Ordinal), InvalidJson, 2, 24, "surrogate pair"),
        ManifestText("manifest: nested 100,000 arrays deep", Minimal("\"seed\": " + new string('[', 100_000)), InvalidJson, 2, 98, "nests deeper than 64"),
        ManifestText("manifest: byte order mark, then an unknown key", "\uFEFF" + Minimal("\"sede\": 1"), UnknownKey, 2, 27, "did you mean 'seed'"),
        ManifestText("manifest: 5 MB, a threshold out of range at its end", FiveMbManifest, OutOfRange, 2, HostileReading.PositionOf(FiveMbManifest, "2 }").Column, "between 0 and 1"),
        ManifestText("manifest: 200,000 columns, the last of no type", ManyColumns, InvalidValue, 200_005, 24, "number"),
        ManifestText("manifest: data path leaving the repository", Minimal().Replace("\"te.csv\"", "\"../../../outside/te.csv\"", StringComparison.Ordinal), PathOutsideRepository, 4, 40,
            "move the data into the repository", new ManifestReadOptions { RepositoryRoot = Path.GetDirectoryName(Path.GetDirectoryName(AiFactory.Manifest.Tests.TestSupport.TestManifests.ManifestDirectory)) }),

        // ---- policies (aifactory.policy.json) ------------------------------------------------------------------------
        PolicyText("policy: empty file", "", InvalidJson, 1, 1, "expected a JSON object"),
        PolicyText("policy: only blank lines", "\n\n", InvalidJson, 3, 1, "expected a JSON object"),
        PolicyText("policy: a JSON array", "[1]", WrongType, 1, 1, "write { \"gates\""),
        PolicyText("policy: null", "null", WrongType, 1, 1, "write { \"gates\""),
        PolicyText("policy: cut off inside gates.metrics", "{\n  \"gates\": {\n    \"metrics\": {\n", InvalidJson, 3, 16, "never closed with '}'"),
        PolicyText("policy: a string never closed", "{ \"policy\": { \"name\": \"x } }", InvalidJson, 1, 23, "never closed with '\"'"),
        PolicyText("policy: a comma left out", "{\n  \"policy\": { \"name\": \"Contoso\" }\n  \"gates\": {}\n}", InvalidJson, 3, 3, "','"),
        PolicyText("policy: text after the end", "{ }\n}", InvalidJson, 2, 1, "after"),
        PolicyText("policy: gates is an array", "{ \"gates\": [] }", WrongType, 1, 12, "must be an object"),
        PolicyText("policy: gates.metrics is a number", "{ \"gates\": { \"metrics\": 3 } }", WrongType, 1, 25, "must be an object"),
        PolicyText("policy: a minimum in quotes", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": \"0.7\" } } } }", WrongType, 1, 43, "without quotes"),
        PolicyText("policy: required is one string", "{ \"required\": \"metrics.auc\" }", WrongType, 1, 15, "a list, even of one"),
        PolicyText("policy: an owner is a number", "{ \"policy\": { \"owners\": [1] } }", WrongType, 1, 26, "in quotes"),
        PolicyText("policy: a build rule is a number", "{ \"build\": { \"optOut\": 1 } }", WrongType, 1, 24, "in quotes"),
        PolicyText("policy: unknown top-level key", "{ \"gate\": {} }", UnknownKey, 1, 3, "did you mean 'gates'"),
        PolicyText("policy: unknown key in policy", "{ \"policy\": { \"nam\": \"x\" } }", UnknownKey, 1, 15, "did you mean 'name'"),
        PolicyText("policy: unknown metric", "{ \"gates\": { \"metrics\": { \"aucc\": { \"min\": 0.7 } } } }", UnknownMetric, 1, 27, "did you mean 'auc'"),
        PolicyText("policy: a baseline gate", "{ \"gates\": { \"baseline\": { \"results\": \"b.json\" } } }", UnknownKey, 1, 14, "Remove gates.baseline"),
        PolicyText("policy: required names no gate", "{ \"required\": [\"metrics.acu\"] }", InvalidValue, 1, 16, "metrics.auc"),
        PolicyText("policy: a build rule of no kind", "{ \"build\": { \"demoteGates\": \"sometimes\" } }", InvalidValue, 1, 29, "localOnly"),
        PolicyText("policy: gates written twice", "{ \"gates\": {}, \"gates\": {} }", DuplicateKey, 1, 16, "remove one of them"),
        PolicyText("policy: a minimum written twice", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 0.7, \"min\": 0.8 } } } }", DuplicateKey, 1, 48, "remove one of them"),
        PolicyText("policy: a build rule written twice", "{ \"build\": { \"optOut\": \"never\", \"optOut\": \"allowed\" } }", DuplicateKey, 1, 33, "remove one of them"),
        PolicyText("policy: NaN", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": NaN } } } }", InvalidJson, 1, 43, "write a finite number"),
        PolicyText("policy: -Infinity", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": -Infinity } } } }", InvalidJson, 1, 44, "write a finite number"),
        PolicyText("policy: 1e999", "{ \"gates\": { \"metrics\": { \"auc\": { \"min\": 1e999 } } } }", OutOfRange, 1, 43, "between 0 and 1"),
        PolicyText("policy: minRows below 1", "{ \"gates\": { \"data\": { \"minRows\": -1 } } }", OutOfRange, 1, 35, "from 1"),
        PolicyText("policy: nested 100,000 arrays deep", new string('[', 100_000) + new string(']', 100_000), InvalidJson, 1, 66, "nests deeper than 64"),
        PolicyText("policy: nested 5,000 objects deep", string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000), InvalidJson, 1, 326, "nests deeper than 64"),
        PolicyText("policy: 5 MB, a minimum out of range at its end", FiveMbPolicy, OutOfRange, 1, FiveMbPolicy.Length - 8, "between 0 and 1"),
        FileBytes("policy: byte order mark, then an unknown key", PolicyFile, "UTF-8 with BOM: { \"gate\": {} }", Utf8("{ \"gate\": {} }", bom: true), UnknownKey, 1, 3, "did you mean 'gates'"),
        FileBytes("policy: UTF-16 with BOM, then an unknown key", PolicyFile, "UTF-16LE with BOM: { \"gate\": {} }", Utf16("{ \"gate\": {} }", bom: true), UnknownKey, 1, 3, "did you mean 'gates'"),
        FileBytes("policy: UTF-16 without BOM", PolicyFile, "UTF-16LE, no BOM: " + ValidPolicy, Utf16(ValidPolicy, bom: false), InvalidJson, 1, 2, "NUL"),
        FileBytes("policy: Latin-1", PolicyFile, "Latin-1: { \"policy\": { \"name\": \"Société\" } }", Encoding.Latin1.GetBytes("{ \"policy\": { \"name\": \"Société\" } }"), InvalidJson, 1, 28, "save it as UTF-8"),
        FileBytes("policy: empty file on disk", PolicyFile, "0 bytes", Array.Empty<byte>(), InvalidJson, 1, 1, "expected a JSON object"),
        FileBytes("policy: a NUL byte in a string", PolicyFile, "{ \"policy\": { \"name\": \"a\\0b\" } }", Utf8("{ \"policy\": { \"name\": \"a\0b\" } }"), InvalidJson, 1, 25, "escaped"),

        // ---- waivers (aifactory.waivers.json, beside a valid policy) -------------------------------------------------
        WaiversText("waivers: empty file", "", InvalidJson, 1, 1, "expected a JSON object"),
        WaiversText("waivers: a JSON array", "[]", WrongType, 1, 1, "write { \"waivers\""),
        WaiversText("waivers: waivers is an object", "{ \"waivers\": {} }", WrongType, 1, 14, "write \"waivers\": ["),
        WaiversText("waivers: an entry is a number", WaiversWith("3"), WrongType, 3, 5, "write { \"model\""),
        WaiversText("waivers: cut off inside an entry", "{\n  \"waivers\": [\n    { \"model\": \"x\"\n", InvalidJson, 3, 5, "never closed with '}'"),
        WaiversText("waivers: the list never closed", "{\n  \"waivers\": [\n    " + ValidWaiver + "\n}\n", InvalidJson, 4, 1, "']'"),
        WaiversText("waivers: an unknown key (approver)", WaiversWith(ValidWaiver.Replace(" }", ", \"approver\": \"bob\" }", StringComparison.Ordinal)), UnknownKey, 3, 116, "the keys of waivers[0] are"),
        WaiversText("waivers: who written twice", WaiversWith(ValidWaiver.Replace(" }", ", \"who\": \"bob\" }", StringComparison.Ordinal)), DuplicateKey, 3, 116, "remove one of them"),
        WaiversText("waivers: no approver (who left out)", WaiverWith("\"who\": \"jane\", ", ""), InvalidWaiver, 3, 5, "needs a non-empty \"who\""),
        WaiversText("waivers: a blank approver", WaiverWith("\"jane\"", "\"  \""), InvalidWaiver, 3, 62, "needs a non-empty \"who\""),
        WaiversText("waivers: an approver that is a number", WaiverWith("\"jane\"", "7"), InvalidWaiver, 3, 62, "(it is a number (7))"),
        WaiversText("waivers: no reason (why left out)", WaiverWith("\"why\": \"new market\", ", ""), InvalidWaiver, 3, 5, "needs a non-empty \"why\""),
        WaiversText("waivers: no expiry", WaiverWith(", \"expires\": \"2027-03-31\"", ""), InvalidWaiver, 3, 5, "needs a non-empty \"expires\""),
        WaiversText("waivers: expires 2026-02-30 (no such day)", WaiverWith("2027-03-31", "2026-02-30"), InvalidWaiver, 3, 102, "YYYY-MM-DD"),
        WaiversText("waivers: expires \"tomorrow\"", WaiverWith("2027-03-31", "tomorrow"), InvalidWaiver, 3, 102, "YYYY-MM-DD"),
        WaiversText("waivers: expires 2026-13-01 (no such month)", WaiverWith("2027-03-31", "2026-13-01"), InvalidWaiver, 3, 102, "YYYY-MM-DD"),
        WaiversText("waivers: expires with a time zone of +25:00", WaiverWith("2027-03-31", "2027-03-31T00:00:00+25:00"), InvalidWaiver, 3, 102, "YYYY-MM-DD"),
        WaiversText("waivers: expires 31/03/2027", WaiverWith("2027-03-31", "31/03/2027"), InvalidWaiver, 3, 102, "YYYY-MM-DD"),
        WaiversText("waivers: a gate of no section", WaiverWith("metrics.auc", "baseline.auc"), InvalidWaiver, 3, 40, "names no gate"),
        WaiversText("waivers: a metric that does not exist", WaiverWith("metrics.auc", "metrics.aucc"), InvalidWaiver, 3, 40, "did you mean \"metrics.auc\""),
        WaiversText("waivers: a threshold that does not exist", WaiverWith("metrics.auc", "metrics.auc.minimum"), InvalidWaiver, 3, 40, "did you mean \"metrics.auc.min\""),
        WaiversText("waivers: a fairness gate that does not exist", WaiverWith("metrics.auc", "fairness.parity"), InvalidWaiver, 3, 40, "names no gate"),
        WaiversText("waivers: a gate path ending in a dot", WaiverWith("metrics.auc", "metrics."), InvalidWaiver, 3, 40, "names no gate"),
        WaiversText("waivers: nested 100,000 arrays deep", "{ \"waivers\": " + new string('[', 100_000), InvalidJson, 1, 78, "nests deeper than 64"),
        WaiversText("waivers: 5 MB, the last entry's date impossible", FiveMbWaivers, InvalidWaiver, 3 + 44_999, 102, "YYYY-MM-DD"),
        FileBytes("waivers: byte order mark, then an unknown key", WaiversFile, "UTF-8 with BOM: { \"waiver\": [] }", Utf8("{ \"waiver\": [] }", bom: true), UnknownKey, 1, 3, "did you mean 'waivers'"),
        FileBytes("waivers: UTF-16 with BOM, then an unknown key", WaiversFile, "UTF-16LE with BOM: { \"waiver\": [] }", Utf16("{ \"waiver\": [] }", bom: true), UnknownKey, 1, 3, "did you mean 'waivers'"),
        FileBytes("waivers: Latin-1", WaiversFile, "Latin-1: a waiver whose who is \"Zoë\"", Encoding.Latin1.GetBytes(WaiverWith("jane", "Zoë")), InvalidJson, 3, 65, "save it as UTF-8"),
        FileBytes("waivers: empty file on disk", WaiversFile, "0 bytes", Array.Empty<byte>(), InvalidJson, 1, 1, "expected a JSON object"),

        // ---- waivers applied: the loosening they were meant for stays an error at the manifest's line ---------------
        Applied("waiver expired", ValidPolicy, WaiverWith("2027-03-31", "2026-11-01"), "\"metrics\": { \"auc\": { \"min\": 0.7 } }", WaiverExpired, 5, 43, "renew the waiver"),
        Applied("waiver naming another model", ValidPolicy, WaiverWith("LoanApproval", "Churn"), "\"metrics\": { \"auc\": { \"min\": 0.7 } }", PolicyLoosened, 5, 43, "record a waiver for model 'LoanApproval'"),
        Applied("waiver naming the model in another case", ValidPolicy, WaiverWith("LoanApproval", "loanapproval"), "\"metrics\": { \"auc\": { \"min\": 0.7 } }", PolicyLoosened, 5, 43, "record a waiver for model 'LoanApproval'"),
        Applied("waiver for another gate of the model", ValidPolicy, WaiverWith("metrics.auc", "metrics.f1"), "\"metrics\": { \"auc\": { \"min\": 0.7 } }", PolicyLoosened, 5, 43, "gate 'metrics.auc.min'"),
    };

    /// <summary>Paths through symbolic links that leave the repository: refused like a path that does (AIF2008 at the manifest's value).</summary>
    public static IReadOnlyList<HostileCase> LinkCases { get; } = new List<HostileCase>
    {
        Linked("link: the test file links outside", "repo/models/loan/data/test.csv -> outside/test.csv", f =>
        {
            f.File("repo/models/loan/data/train.csv");
            File.CreateSymbolicLink(f.PathOf("repo/models/loan/data/test.csv"), f.File("outside/test.csv"));
        }, ManifestPathHere, PathOutsideRepository, 5, 13, "through a symbolic link is"),
        Linked("link: the data folder links outside", "repo/models/loan/data -> outside/data", f =>
        {
            f.File("outside/data/train.csv");
            f.File("outside/data/test.csv");
            Directory.CreateDirectory(f.PathOf("repo/models/loan"));
            Directory.CreateSymbolicLink(f.PathOf("repo/models/loan/data"), f.PathOf("outside/data"));
        }, ManifestPathHere, PathOutsideRepository, 4, 14, "through a symbolic link is"),
        Linked("link: the manifest's folder links outside", "repo/models/loan -> outside/loan", f =>
        {
            f.File("outside/loan/data/train.csv");
            f.File("outside/loan/data/test.csv");
            Directory.CreateDirectory(f.PathOf("repo/models"));
            Directory.CreateSymbolicLink(f.PathOf("repo/models/loan"), f.PathOf("outside/loan"));
        }, ManifestPathHere, PathOutsideRepository, 4, 14, "through a symbolic link is"),
        Linked("link: a relative link climbing out", "repo/models/loan/data/test.csv -> ../../../../outside/test.csv", f =>
        {
            f.File("repo/models/loan/data/train.csv");
            f.File("outside/test.csv");
            File.CreateSymbolicLink(f.PathOf("repo/models/loan/data/test.csv"), Path.Combine("..", "..", "..", "..", "outside", "test.csv"));
        }, ManifestPathHere, PathOutsideRepository, 5, 13, "through a symbolic link is"),
        Linked("link: the baseline results link outside", "repo/baseline/results.json -> outside/results.json", f =>
        {
            f.File("repo/models/loan/data/train.csv");
            f.File("repo/models/loan/data/test.csv");
            Directory.CreateDirectory(f.PathOf("repo/baseline"));
            File.CreateSymbolicLink(f.PathOf("repo/baseline/results.json"), f.File("outside/results.json", "{}"));
        }, ManifestPathHere.Replace("\n  }\n}\n", "\n  },\n  \"gates\": { \"baseline\": { \"results\": \"../../baseline/results.json\", \"auc\": { \"maxDrop\": 0.01 } } }\n}\n", StringComparison.Ordinal),
            PathOutsideRepository, 8, 39, "through a symbolic link is"),
    };

    /// <summary>Every case this platform runs: the links need a file system that has them (not Windows, where creating one needs rights).</summary>
    public static IEnumerable<HostileCase> All => OperatingSystem.IsWindows() ? Cases : Cases.Concat(LinkCases);
}
