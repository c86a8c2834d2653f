using System.Collections.Immutable;
using System.Globalization;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Reproducibility
{
    /// <summary>AIF1001: <c>new MLContext()</c> (or <c>new MLContext(seed: null)</c>) without a seed.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnseededMLContextAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnseededMLContext);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                MLNetTypes? types = MLNetTypes.TryCreate(start.Compilation);
                if (types == null)
                {
                    return;
                }

                // The fix offers the manifest's seed, so the code and the factory's own training agree.
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(
                    Descriptors.SeedProperty,
                    ManifestFacts.Read(start.Options, start.CancellationToken).Seed.ToString(CultureInfo.InvariantCulture));
                start.RegisterOperationAction(
                    operation => Analyze(operation, types, properties),
                    OperationKind.ObjectCreation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, MLNetTypes types, ImmutableDictionary<string, string?> properties)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!SymbolEqualityComparer.Default.Equals(creation.Type, types.MLContext) || creation.Constructor == null)
            {
                return;
            }

            IArgumentOperation? seed = Operations.ArgumentFor(creation.Arguments, "seed");
            if (seed == null || seed.IsMissingOrNull())
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnseededMLContext, creation.Syntax.GetLocation(), properties));
            }
        }
    }
}
