using AiFactory.Analyzers.CodeFixes;
using AiFactory.Analyzers.Reproducibility;
using AiFactory.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;

namespace AiFactory.Analyzers.Tests.Reproducibility;

public sealed class UnseededMLContextTests
{
    private static Task Verify(string source) => AnalyzerVerifier<UnseededMLContextAnalyzer>.VerifyAsync(source);

    private static Task VerifyFix(string source, string fixedSource, string key) =>
        CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.VerifyAsync(source, fixedSource, key);

    [Fact]
    public Task Context_without_a_seed_or_with_a_null_seed_is_reported() => Verify("""
        using Microsoft.ML;

        static class Experiment
        {
            static void Run()
            {
                var a = {|AIF1001:new MLContext()|};
                var b = {|AIF1001:new MLContext(null)|};
                var c = {|AIF1001:new MLContext(seed: null)|};
                MLContext d = {|AIF1001:new()|};
                System.Func<MLContext> make = () => {|AIF1001:new MLContext { FallbackToCpu = true }|};
            }
        }
        """);

    [Fact]
    public Task Seeded_contexts_are_not_reported() => Verify("""
        using AiFactory;
        using Microsoft.ML;

        static class Experiment
        {
            static void Run(ModelContext context, int? configuredSeed)
            {
                var a = new MLContext(1);
                var b = new MLContext(seed: 42);
                var c = new MLContext(seed: context.Seed);
                var d = new MLContext(configuredSeed);
                MLContext e = new(seed: 3);
            }
        }
        """);

    [Fact]
    public Task Without_a_reference_to_ML_NET_nothing_is_reported()
    {
        var test = AnalyzerVerifier<UnseededMLContextAnalyzer>.Create("""
            class MLContext { }
            static class Experiment { static object Run() => new MLContext(); }
            """);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.All.Where(r => !r.Display!.Contains("Microsoft.ML") && !r.Display!.EndsWith("AiFactory.dll")));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_uses_the_seeded_context_in_scope() => VerifyFix("""
        using AiFactory;
        using Microsoft.ML;

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context)
            {
                var own = {|AIF1001:new MLContext()|};
                return own.Transforms.Concatenate("Features", "Income");
            }
        }
        """, """
        using AiFactory;
        using Microsoft.ML;

        public sealed class Pipeline : IModelPipeline
        {
            public IEstimator<ITransformer> BuildPipeline(MLContext ml, ModelContext context)
            {
                var own = ml;
                return own.Transforms.Concatenate("Features", "Income");
            }
        }
        """, UnseededMLContextCodeFix.UseContextInScopeKey);

    [Fact]
    public Task Fix_seeds_from_the_model_context_in_scope() => VerifyFix("""
        using AiFactory;
        using Microsoft.ML;

        static class Experiment
        {
            static MLContext Create(ModelContext context) => {|AIF1001:new MLContext()|};
        }
        """, """
        using AiFactory;
        using Microsoft.ML;

        static class Experiment
        {
            static MLContext Create(ModelContext context) => new MLContext(seed: context.Seed);
        }
        """, UnseededMLContextCodeFix.SeedFromModelContextKey);

    [Fact]
    public Task Fix_seeds_with_the_manifest_seed_and_keeps_the_initializer() => VerifyFix("""
        using Microsoft.ML;

        static class Experiment
        {
            static MLContext Create() => {|AIF1001:new MLContext(seed: null) { FallbackToCpu = true }|};
            static MLContext CreateTargetTyped() { MLContext ml = {|AIF1001:new()|}; return ml; }
        }
        """, """
        using Microsoft.ML;

        static class Experiment
        {
            static MLContext Create() => new MLContext(seed: 7) { FallbackToCpu = true };
            static MLContext CreateTargetTyped() { MLContext ml = new(seed: 7); return ml; }
        }
        """, UnseededMLContextCodeFix.SeedWithManifestSeedKey);

    [Fact]
    public Task Without_a_manifest_the_fix_uses_the_factory_default_seed() => CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.VerifyAsync("""
        using Microsoft.ML;
        static class Experiment { static MLContext Create() => {|AIF1001:new MLContext()|}; }
        """, """
        using Microsoft.ML;
        static class Experiment { static MLContext Create() => new MLContext(seed: 42); }
        """, UnseededMLContextCodeFix.SeedWithManifestSeedKey, manifest: null);

    [Fact]
    public Task Fix_all_fixes_every_context_in_the_project()
    {
        var test = CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.Create("""
            using AiFactory;
            using Microsoft.ML;

            static class First
            {
                static void Run(ModelContext context)
                {
                    var a = {|AIF1001:new MLContext()|};
                    var b = {|AIF1001:new MLContext(null)|};
                }
            }
            """, """
            using AiFactory;
            using Microsoft.ML;

            static class First
            {
                static void Run(ModelContext context)
                {
                    var a = new MLContext(seed: context.Seed);
                    var b = new MLContext(seed: context.Seed);
                }
            }
            """, UnseededMLContextCodeFix.SeedFromModelContextKey);
        test.TestState.Sources.Add(("Second.cs", """
            using AiFactory;
            using Microsoft.ML;
            static class Second { static MLContext Make(ModelContext ctx) => {|AIF1001:new MLContext()|}; }
            """));
        test.FixedState.Sources.Add(("Second.cs", """
            using AiFactory;
            using Microsoft.ML;
            static class Second { static MLContext Make(ModelContext ctx) => new MLContext(seed: ctx.Seed); }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Use_context_fix_is_not_offered_for_the_variable_being_declared()
    {
        // `var ml = new MLContext()` must not become `var ml = ml`: only the seed fixes apply.
        var test = CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.Create("""
            using Microsoft.ML;
            static class Experiment { static void Run() { var ml = {|AIF1001:new MLContext()|}; } }
            """, """
            using Microsoft.ML;
            static class Experiment { static void Run() { var ml = {|AIF1001:new MLContext()|}; } }
            """, UnseededMLContextCodeFix.UseContextInScopeKey);
        return test.RunAsync();
    }

    [Fact]
    public Task Use_context_fix_takes_a_seeded_local_and_never_an_unseeded_one()
    {
        var seededLocal = CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.Create("""
            using Microsoft.ML;
            static class Experiment
            {
                static void Run()
                {
                    var seeded = new MLContext(seed: 3);
                    var other = {|AIF1001:new MLContext()|};
                }
            }
            """, """
            using Microsoft.ML;
            static class Experiment
            {
                static void Run()
                {
                    var seeded = new MLContext(seed: 3);
                    var other = seeded;
                }
            }
            """, UnseededMLContextCodeFix.UseContextInScopeKey);

        // The first context is itself unseeded: offering it would keep the problem, so only the seed fixes apply.
        var unseededLocal = CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.Create("""
            using Microsoft.ML;
            static class Experiment
            {
                static void Run()
                {
                    var first = {|AIF1001:new MLContext()|};
                    var second = {|AIF1001:new MLContext()|};
                }
            }
            """, """
            using Microsoft.ML;
            static class Experiment
            {
                static void Run()
                {
                    var first = {|AIF1001:new MLContext()|};
                    var second = {|AIF1001:new MLContext()|};
                }
            }
            """, UnseededMLContextCodeFix.UseContextInScopeKey);
        return Task.WhenAll(seededLocal.RunAsync(), unseededLocal.RunAsync());
    }

    [Fact]
    public Task Severity_is_configurable_in_editorconfig()
    {
        // The rule is an ordinary configurable diagnostic: `none` turns it off. (The end-to-end test shows the same
        // through a real build; the testing library does not apply raised severities to analyzer results.)
        var test = AnalyzerVerifier<UnseededMLContextAnalyzer>.Create("""
            using Microsoft.ML;
            static class Experiment { static MLContext Create() => new MLContext(); }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.AIF1001.severity = none
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_in_a_document_seeds_every_context_in_one_pass()
    {
        var test = CodeFixVerifier<UnseededMLContextAnalyzer, UnseededMLContextCodeFix>.Create("""
            using Microsoft.ML;

            static class Experiment
            {
                static MLContext A() => {|AIF1001:new MLContext()|};
                static MLContext B() => {|AIF1001:new MLContext(null)|};
                static System.Func<MLContext> C() => () => {|AIF1001:new MLContext(seed: null) { FallbackToCpu = true }|};
                static MLContext D() { MLContext ml = {|AIF1001:new()|}; return ml; }
            }
            """, """
            using Microsoft.ML;

            static class Experiment
            {
                static MLContext A() => new MLContext(seed: 7);
                static MLContext B() => new MLContext(seed: 7);
                static System.Func<MLContext> C() => () => new MLContext(seed: 7) { FallbackToCpu = true };
                static MLContext D() { MLContext ml = new(seed: 7); return ml; }
            }
            """, UnseededMLContextCodeFix.SeedWithManifestSeedKey);
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }
}
