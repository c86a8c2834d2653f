using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Reproducibility
{
    /// <summary>
    /// AIF1005: ML.NET's random data operations (TrainTestSplit, ShuffleRows, BootstrapSample, CrossValidationSplit,
    /// every catalog's CrossValidate) called without their <c>seed</c> argument.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnseededDataOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly HashSet<string> RandomOperations = new HashSet<string>
        {
            "TrainTestSplit", "ShuffleRows", "BootstrapSample", "CrossValidationSplit", "CrossValidate", "CrossValidateNonCalibrated",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnseededDataOperation);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (MLNetTypes.TryCreate(start.Compilation) == null)
                {
                    return;
                }

                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(
                    Descriptors.SeedProperty,
                    ManifestFacts.Read(start.Options, start.CancellationToken).Seed.ToString(CultureInfo.InvariantCulture));
                start.RegisterOperationAction(operation => Analyze(operation, properties), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, ImmutableDictionary<string, string?> properties)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (!RandomOperations.Contains(method.Name) || !MLNetTypes.IsMLNet(method))
            {
                return;
            }

            IArgumentOperation? seed = Operations.ArgumentFor(invocation.Arguments, "seed");
            if (seed != null && seed.IsMissingOrNull())
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnseededDataOperation, SyntaxLocations.MethodName(invocation), properties, method.Name));
            }
        }
    }
}
