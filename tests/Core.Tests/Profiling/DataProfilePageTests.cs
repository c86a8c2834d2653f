using AiFactory.Core.Profiling;
using AiFactory.Core.Tests.Data;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Profiling;

public sealed class DataProfilePageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Page_ShowsTheFindingsAndEveryColumn_OfTheAdultSplit()
    {
        DataSection data = AdultData.Section();
        var train = AdultData.Read(_dir.Write("train.csv", AdultData.Slice(AdultData.Path, 0, 22000)), data);
        var test = AdultData.Read(_dir.Write("test.csv", AdultData.Slice(AdultData.Path, 22000, 32561)), data);
        DataReport report = DataInspector.Inspect(data, train.Table, train.Labels, test.Table, test.Labels);

        string page = DataProfilePage.Render(report, "Income", "data/train.csv", "data/test.csv");
        string[] lines = page.Split('\n');

        Assert.Equal("# Data profile: Income", lines[0]);
        Assert.Contains("| training | `data/train.csv` | 22,000 | 15 |", page);
        Assert.Contains("| test | `data/test.csv` | 10,561 | 15 |", page);
        Assert.Contains($"| training | {report.Train!.Label.Positives:N0} | {report.Train.Label.Negatives:N0} |", page);

        // Leakage: every column but the label, strongest first, as in the report.
        int leakage = Array.IndexOf(lines, "## Label leakage");
        Assert.Equal("| column | AUC |", lines[leakage + 4]);
        string first = report.Leakage.Columns[0].Column;
        Assert.Equal($"| {first} | {report.Leakage.Columns[0].Auc:0.000} |", lines[leakage + 6]);
        Assert.Equal(14, lines.Skip(leakage + 6).TakeWhile(l => l.StartsWith('|')).Count());

        // Proxies: relationship first under sex.
        int sex = Array.IndexOf(lines, "### `sex`", leakage);
        Assert.StartsWith("| relationship | 0.8", lines[sex + 6]);
        Assert.Contains("bias-corrected Cramér's V (on `data/train.csv`)", page);

        // Every column of both files, with its type's source, and category values escaped for the table.
        Assert.Equal(2, lines.Count(l => l.StartsWith("## Columns of the ", StringComparison.Ordinal)));
        Assert.Contains("| class | category (role) | 0 (0.0%) | 2 |", page);
        Assert.Contains("| age | number (inferred) | 0 (0.0%) |", page);
        Assert.Contains("\\<=50K", page);
    }
}
