using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Tests.HostileInput;

/// <summary>
/// Runs every case of <see cref="HostileCorpus"/>: the first error (in file order) has the case's code, at its file, line
/// and column, with the fix in its message; no exception escapes, no message carries a stack trace, the reading does not
/// claim the input good, and the case ends within <see cref="TimeLimit"/> (a hang guard, not a speed goal).
/// </summary>
public class HostileCorpusTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Names => new(HostileCorpus.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_hostile_input_is_its_coded_error_at_its_place_with_its_fix(string name)
    {
        HostileCase hostile = HostileCorpus.All.Single(c => c.Name == name);
        Task<HostileOutcome> reading = Task.Run(hostile.Read);
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeLimit)) == reading, $"{name}: no answer within {TimeLimit.TotalSeconds} s");
        HostileOutcome outcome;
        try
        {
            outcome = await reading;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{name}: an exception escaped: {e}");
            throw;
        }

        Assert.False(outcome.Accepted, $"{name}: the input was read as good");
        Assert.All(outcome.Diagnostics, d => Assert.DoesNotContain("   at ", d.Message, StringComparison.Ordinal));
        Diagnostic? first = outcome.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(first != null, $"{name}: no error among: {string.Join("\n", outcome.Diagnostics)}");
        Assert.NotNull(first!.Location);
        Assert.Equal(
            $"{hostile.File}({hostile.Line},{hostile.Column}): {hostile.Code}",
            $"{Path.GetFileName(first.Location!.File)}({first.Location.Line},{first.Location.Column}): {first.Code}");
        Assert.True(first.Message.Contains(hostile.Fix, StringComparison.Ordinal), $"{name}: the message does not say '{hostile.Fix}': {first.Message}");
    }

    [Fact]
    public void The_corpus_holds_at_least_60_cases_with_distinct_names_in_every_family()
    {
        List<HostileCase> all = HostileCorpus.Cases.Concat(HostileCorpus.LinkCases).ToList();
        Assert.True(all.Count >= 60, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct().Count());
        foreach (string family in new[] { HostileCase.ManifestFile, HostileCase.PolicyFile, HostileCase.WaiversFile })
        {
            Assert.True(all.Count(c => c.File == family) >= 10, $"{family}: {all.Count(c => c.File == family)} cases");
        }
    }
}
