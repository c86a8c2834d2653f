using AiFactory.Core.Protocol;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Tests.Protocol;

public sealed class RunnerProtocolTests
{
    [Fact]
    public void A_diagnostic_survives_the_round_trip_with_its_location()
    {
        var diagnostic = Diagnostic.Error("AIF3004", "value 'lots' in column 'income' is not a number", new SourceLocation("/d/test.csv", 4, 7));
        Diagnostic back = RunnerProtocol.ParseDiagnostic(RunnerProtocol.FormatDiagnostic(diagnostic))!;
        Assert.Equal(diagnostic.ToString(), back.ToString());
        Assert.Equal(DiagnosticSeverity.Error, back.Severity);
        Assert.Equal(7, back.Location!.Column);
    }

    [Fact]
    public void Tabs_and_newlines_in_a_message_cannot_break_the_line()
    {
        var diagnostic = Diagnostic.Warning("AIF4009", "first\tsecond\nthird", null);
        string line = RunnerProtocol.FormatDiagnostic(diagnostic);
        Assert.DoesNotContain('\n', line);
        Diagnostic back = RunnerProtocol.ParseDiagnostic(line)!;
        Assert.Equal("first second third", back.Message);
        Assert.Null(back.Location);
        Assert.Equal(DiagnosticSeverity.Warning, back.Severity);
    }

    [Fact]
    public void Other_lines_are_not_protocol()
    {
        Assert.Null(RunnerProtocol.ParseDiagnostic("Training with SDCA"));
        Assert.Null(RunnerProtocol.ParseDiagnostic("##aifactory[diagnostic]\terror"));
        Assert.Null(RunnerProtocol.ParseProgress("progress"));
        Assert.Equal("training", RunnerProtocol.ParseProgress(RunnerProtocol.FormatProgress("training")));
    }

    [Fact]
    public void A_detail_line_is_neither_progress_nor_a_diagnostic()
    {
        string line = RunnerProtocol.FormatDetail("ML.NET LBFGS: Beginning optimization\tnow");
        Assert.Equal("ML.NET LBFGS: Beginning optimization now", RunnerProtocol.ParseDetail(line));
        Assert.Null(RunnerProtocol.ParseProgress(line));
        Assert.Null(RunnerProtocol.ParseDiagnostic(line));
        Assert.Null(RunnerProtocol.ParseDetail(RunnerProtocol.FormatProgress("training")));
    }
}
