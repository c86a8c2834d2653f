using AiFactory.Manifest.Diagnostics;
using AiFactory.Training;
using Microsoft.ML;

namespace AiFactory.Runtime.Tests.Training;

public sealed class PipelineLocatorTests
{
    private abstract class AbstractPipeline : IModelPipeline
    {
        public abstract IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context);
    }

    private sealed class FirstPipeline : AbstractPipeline
    {
        public override IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) => context.DefaultFeaturizer(ml);
    }

    private sealed class SecondPipeline : AbstractPipeline
    {
        public override IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) => context.DefaultFeaturizer(ml);
    }

    private sealed class NoDefaultConstructor(int value) : AbstractPipeline
    {
        public int Value { get; } = value;

        public override IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context) => context.DefaultFeaturizer(ml);
    }

    [Fact]
    public void The_one_implementation_is_created_and_abstract_classes_do_not_count()
    {
        IModelPipeline pipeline = PipelineLocator.Create(new[] { typeof(AbstractPipeline), typeof(FirstPipeline), typeof(string) }, "Model", "aifactory.json");
        Assert.IsType<FirstPipeline>(pipeline);
    }

    [Fact]
    public void None_is_AIF2020_and_several_is_AIF2021_naming_them()
    {
        var none = Assert.Throws<DiagnosticException>(() => PipelineLocator.Create(new[] { typeof(string) }, "Model", "aifactory.json"));
        Assert.Equal(DiagnosticIds.NoPipeline, none.Diagnostic.Code);
        Assert.Equal("aifactory.json", none.Diagnostic.Location!.File);

        var several = Assert.Throws<DiagnosticException>(() => PipelineLocator.Create(new[] { typeof(FirstPipeline), typeof(SecondPipeline) }, "Model", "aifactory.json"));
        Assert.Equal(DiagnosticIds.MultiplePipelines, several.Diagnostic.Code);
        Assert.Contains("FirstPipeline", several.Diagnostic.Message);
        Assert.Contains("SecondPipeline", several.Diagnostic.Message);
    }

    [Fact]
    public void An_implementation_without_a_parameterless_constructor_is_AIF2020()
    {
        var e = Assert.Throws<DiagnosticException>(() => PipelineLocator.Create(new[] { typeof(NoDefaultConstructor) }, "Model", "aifactory.json"));
        Assert.Equal(DiagnosticIds.NoPipeline, e.Diagnostic.Code);
        Assert.Contains("parameterless constructor", e.Diagnostic.Message);
    }
}
