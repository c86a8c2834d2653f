using System.Runtime.CompilerServices;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Runtime.Tests.Hosting;
using AiFactory.Training;
using Microsoft.ML;

namespace AiFactory.Runtime.Tests.Training;

/// <summary>A pipeline that fails is reported in the model's own source, where a developer can fix it.</summary>
public sealed class PipelineSourceLocatorTests : IDisposable
{
    private readonly GovernedFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed class MisspeltColumnPipeline : IModelPipeline
    {
        public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) =>
            ml.Transforms.Concatenate("Features", "income", "incme")
                .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(context.Label, "Features"));
    }

    private sealed class ThrowingPipeline : IModelPipeline
    {
        public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context)
        {
            var columns = new[] { "income" };
            throw new InvalidOperationException("no pipeline for " + columns[0]); // the throwing line
        }
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    /// <summary>The 1-based line and column of <paramref name="text"/> in this file, found by reading it.</summary>
    private static (int Line, int Column) Find(string text)
    {
        string[] lines = File.ReadAllLines(ThisFile());
        for (int i = 0; i < lines.Length; i++)
        {
            int column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0) return (i + 1, column + 1);
        }

        throw new InvalidOperationException(text + " is not in this file");
    }

    [Fact]
    public void A_misspelt_column_is_reported_at_its_literal_in_BuildPipeline()
    {
        var trainer = new ModelTrainer(_ => { });
        var e = Assert.Throws<DiagnosticException>(() => trainer.Train(_folder.Manifest(), new MisspeltColumnPipeline(), _folder.Output, "fp"));
        Assert.Equal(DiagnosticIds.TrainingFailed, e.Diagnostic.Code);
        Assert.Contains("'incme'", e.Diagnostic.Message);
        Assert.StartsWith("fitting the pipeline of MisspeltColumnPipeline failed with ", e.Diagnostic.Message);
        Assert.Equal(ThisFile(), e.Diagnostic.Location!.File);
        (int line, int column) = Find("\"incme\")");
        Assert.Equal((line, column), (e.Diagnostic.Location.Line, e.Diagnostic.Location.Column));
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public void An_exception_thrown_by_BuildPipeline_is_reported_at_the_line_that_threw()
    {
        var trainer = new ModelTrainer(_ => { });
        var e = Assert.Throws<DiagnosticException>(() => trainer.Train(_folder.Manifest(), new ThrowingPipeline(), _folder.Output, "fp"));
        Assert.Equal("ThrowingPipeline.BuildPipeline threw InvalidOperationException: no pipeline for income", e.Diagnostic.Message);
        Assert.Equal(ThisFile(), e.Diagnostic.Location!.File);
        Assert.Equal(Find("// the throwing line").Line, e.Diagnostic.Location.Line);
    }

    [Fact]
    public void Without_a_source_of_its_own_the_locator_gives_nothing()
    {
        // A type of another assembly with no pipeline method: nothing to point at, so the caller keeps the manifest.
        Assert.Null(PipelineSourceLocator.Locate(new InvalidOperationException("'x'"), typeof(string)));
    }
}
