using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.HostileInput;

/// <summary>
/// Runs every case of <see cref="DataCorpus"/> as the build reads the file: a coded error at the file's line and column
/// with its fix, never an exception of another kind, within <see cref="TimeLimit"/> (a hang guard, not a speed goal).
/// </summary>
public sealed class DataCorpusTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Names => new(DataCorpus.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_hostile_data_file_is_its_coded_error_at_its_place_with_its_fix(string name)
    {
        DataCase hostile = DataCorpus.Cases.Single(c => c.Name == name);
        using var dir = new Data.TempDirectory();
        string path = dir.WriteBytes("data.csv", hostile.Bytes);
        Task reading = Task.Run(() => hostile.Read(path));
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeLimit)) == reading, $"{name}: no answer within {TimeLimit.TotalSeconds} s");

        Exception? thrown = await Record.ExceptionAsync(() => reading);
        DiagnosticException coded = Assert.IsType<DiagnosticException>(thrown);
        Diagnostic d = coded.Diagnostic;
        Assert.Equal($"data.csv({hostile.Line},{hostile.Column}): {hostile.Code}", $"{Path.GetFileName(d.Location!.File)}({d.Location.Line},{d.Location.Column}): {d.Code}");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("Fix:", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", d.Message, StringComparison.Ordinal);
        Assert.True(d.Message.Length < 2000, $"{name}: a message of {d.Message.Length} characters");
    }

    [Fact]
    public void The_data_corpus_holds_at_least_20_distinct_cases() =>
        Assert.True(DataCorpus.Cases.Count >= 20 && DataCorpus.Cases.Select(c => c.Name).Distinct().Count() == DataCorpus.Cases.Count, $"{DataCorpus.Cases.Count} cases");
}
