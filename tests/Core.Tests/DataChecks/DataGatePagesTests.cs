using System.Text.RegularExpressions;
using AiFactory.Core.Data;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Synthetic;
using AiFactory.Core.Tests.Data;
using AiFactory.Core.Tests.IO;
using AiFactory.Core.Tests.Profiling;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.DataChecks;

/// <summary>
/// docs/diagnostics/AIF3011.md … AIF3019.md show the lines the build prints: the documented data, regenerated here with
/// the same seeds and judged against the documented manifest, prints exactly those lines.
/// </summary>
public sealed class DataGatePagesTests : IDisposable
{
    private const string DocumentedManifest =
        "{\n  \"model\": { \"name\": \"LoanApproval\" },\n" +
        "  \"data\": { \"train\": \"data/train.csv\", \"test\": \"data/test.csv\", \"label\": \"approved\", \"positive\": \"yes\",\n" +
        "            \"sensitive\": [\"group\"] },\n  \"gates\": {\n    \"data\": {\n" +
        "      \"minRows\": { \"train\": 5000, \"test\": 1000 },\n      \"maxMissingRate\": { \"overall\": 0.01, \"eachColumn\": 0.05 },\n" +
        "      \"maxDuplicateRate\": 0,\n      \"maxOverlapRate\": 0,\n      \"minMinorityShare\": 0.45,\n      \"minGroupRows\": 100,\n" +
        "      \"maxLeakageAuc\": 0.90,\n      \"maxProxyStrength\": 0.50\n    }\n  }\n}\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Codes => new(Enumerable.Range(3011, 9).Select(n => "AIF" + n));

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryLineAPageShows_IsALineTheBuildPrints(string code)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "diagnostics", code + ".md"));
        string[] shown = Regex.Matches(page, "```text\\r?\\n(.*?)```", RegexOptions.Singleline)
            .SelectMany(m => m.Groups[1].Value.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(shown);
        HashSet<string> printed = Printed();
        Assert.All(shown, line => Assert.Contains(line, printed));
        Assert.All(shown, line => Assert.Contains($" {code}: ", line));
    }

    /// <summary>What the build prints for the documented cases, as MSBuild shows it (file(line,col): severity code: message [project]).</summary>
    private HashSet<string> Printed()
    {
        var lines = new HashSet<string>();
        void Print(IEnumerable<Diagnostic> diagnostics, string project, Func<SourceLocation, string> file)
        {
            foreach (Diagnostic d in diagnostics)
            {
                string at = d.Location!.Column > 0 ? $"({d.Location.Line},{d.Location.Column})" : $"({d.Location.Line})";
                lines.Add($"{file(d.Location)}{at}: {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Code}: {d.Message} [{project}]");
            }
        }

        // The loan data of the pages: a planted leak and proxy, a small third group, holes, duplicates and overlap.
        var leak = new PlantedData.Column("paid_back", (row, r) => row["approved"] == "yes" ? (r.NextDouble() < 0.99 ? "1" : "0") : (r.NextDouble() < 0.01 ? "1" : "0"));
        var proxy = new PlantedData.Column("neighbourhood", (row, r) => (row["group"] == "A") == (r.NextDouble() < 0.95) ? "N" + r.Next(5) : "S" + r.Next(5));
        var groups = new[] { "A", "B", "C" };
        var shares = new[] { 0.6, 0.39, 0.01 };
        string train = PlantedData.Csv(new SyntheticDataOptions { Rows = 4000, Seed = 1, Groups = groups, GroupShares = shares }, 7, leak, proxy);
        string[] trainRows = PlantedData.Rows(train);
        string[] trainLines = train.Split('\n');
        for (int i = 1; i < trainLines.Length - 1; i += 9)
        {
            string[] f = trainLines[i].Split(',');
            f[1] = "";
            if (i % 2 == 1) f[4] = "";
            trainLines[i] = string.Join(",", f);
        }

        train = string.Join("\n", trainLines) + trainRows[10] + "\n" + trainRows[20] + "\n";
        string test = PlantedData.Csv(new SyntheticDataOptions { Rows = 1000, Seed = 2, Groups = groups, GroupShares = shares }, 8, leak, proxy)
                      + trainRows[30] + "\n" + trainRows[40] + "\n" + trainRows[50] + "\n";
        Directory.CreateDirectory(Path.Combine(_dir.Path, "data"));
        string trainPath = _dir.Write("data/train.csv", train), testPath = _dir.Write("data/test.csv", test);
        DataSection data = PlantedData.Section();
        var a = PlantedData.Read(trainPath, data);
        var b = PlantedData.Read(testPath, data);
        DataReport report = DataInspector.Inspect(data, a.Table, a.Labels, b.Table, b.Labels);
        string Manifest(SourceLocation _) => "aifactory.json";
        Print(DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, DocumentedManifest), report, trainPath, testPath).Diagnostics, "LoanApproval.csproj", Manifest);
        string ungated = DocumentedManifest.Replace(",\n      \"maxLeakageAuc\": 0.90,\n      \"maxProxyStrength\": 0.50\n", "\n");
        Print(DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, ungated), report, trainPath, testPath).Diagnostics, "LoanApproval.csproj", Manifest);

        // The Adult data, governed as predictions with sex and race sensitive: the proxy warning.
        DataSection adultData = AdultData.Section();
        var adult = AdultData.Read(AdultData.Path, adultData);
        DataReport adultReport = DataInspector.Inspect(adultData, null, null, adult.Table, adult.Labels);
        string adultManifest = "{\n  \"model\": { \"name\": \"Income\", \"source\": \"predictions\" },\n" +
                               "  \"data\": { \"test\": \"adult.csv\", \"label\": \"class\", \"positive\": \">50K\", \"score\": \"age\",\n" +
                               "            \"sensitive\": [\"sex\", \"race\"], \"missingValues\": [\"\", \"?\"] }\n}\n";
        Print(DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, adultManifest), adultReport, null, AdultData.Path).Diagnostics, "Income.csproj", Manifest);

        // Two unreadable rows, skipped.
        string[] skipped = SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 300, Seed = 1 }).Split('\n');
        skipped[5] = "oops,only,three";
        skipped[9] += ",extra";
        Directory.CreateDirectory(Path.Combine(_dir.Path, "skip", "data"));
        string skipTrain = _dir.Write("skip/data/train.csv", string.Join("\n", skipped));
        DataTable table = CsvTableReader.Read(skipTrain, new CsvReadOptions { OnBadRow = BadRowAction.Skip, ForcedTypes = new Dictionary<string, ColumnType> { ["approved"] = ColumnType.Category } });
        var skipTest = PlantedData.Read(_dir.Write("skip/data/test.csv", SyntheticDataGenerator.ToCsv(new SyntheticDataOptions { Rows = 200, Seed = 2 })), data);
        DataReport skipReport = DataInspector.Inspect(data, table, LabelEncoder.ToBooleans(table, "approved", "yes", null), skipTest.Table, skipTest.Labels);
        GateEvaluation skipGates = DataGateFixture.Judge(DataGateFixture.Read(_dir.Path, DataGateFixture.Manifest("{ \"minRows\": 1 }")), skipReport, skipTrain, skipTest.Table.Path);
        Print(skipGates.Diagnostics, "LoanApproval.csproj", at => "data/" + Path.GetFileName(at.File));
        return lines;
    }
}
