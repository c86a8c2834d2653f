using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Validation
{
    /// <summary>
    /// AIF1003: in one method, the data given to an estimator's <c>Fit</c> (or a part of it, or a view containing it) is
    /// scored with <c>Transform</c> and passed to a catalog's <c>Evaluate</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EvaluationOnTrainingDataAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EvaluationOnTrainingData);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                MLNetTypes? types = MLNetTypes.TryCreate(start.Compilation);
                if (types?.DataView == null)
                {
                    return;
                }

                INamedTypeSymbol dataView = types.DataView;
                start.RegisterOperationBlockStartAction(block =>
                {
                    var fits = new List<IInvocationOperation>();
                    var evaluations = new List<IInvocationOperation>();
                    block.RegisterOperationAction(
                        operation =>
                        {
                            var invocation = (IInvocationOperation)operation.Operation;
                            List<IInvocationOperation>? kind = IsFit(invocation.TargetMethod, dataView) ? fits
                                : IsEvaluation(invocation.TargetMethod, dataView) ? evaluations
                                : null;
                            if (kind != null)
                            {
                                lock (kind)
                                {
                                    kind.Add(invocation);
                                }
                            }
                        },
                        OperationKind.Invocation);
                    block.RegisterOperationBlockEndAction(end =>
                    {
                        if (fits.Count > 0 && evaluations.Count > 0)
                        {
                            Judge(end, fits, evaluations, dataView);
                        }
                    });
                });
            });
        }

        private static void Judge(OperationBlockAnalysisContext end, List<IInvocationOperation> fits, List<IInvocationOperation> evaluations, INamedTypeSymbol dataView)
        {
            LocalValues locals = LocalValues.Of(end.OperationBlocks);
            var lineage = new DataLineage(locals);
            var reported = new HashSet<Location>();
            foreach (IInvocationOperation evaluation in evaluations)
            {
                IOperation? evaluated = EvaluatedData(evaluation, locals, dataView);
                DataViewKey? evaluatedKey = evaluated == null ? null : lineage.KeyOf(evaluated);
                if (evaluated == null || evaluatedKey == null)
                {
                    continue;
                }

                List<DataViewKey> evaluatedAncestry = lineage.Ancestry(evaluatedKey);
                foreach (IInvocationOperation fit in fits)
                {
                    IOperation fitted = fit.Arguments[0].Value;
                    DataViewKey? fittedKey = lineage.KeyOf(fitted);
                    if (fittedKey == null)
                    {
                        continue;
                    }

                    string? relation = evaluatedKey.Equals(fittedKey) ? "is the data"
                        : evaluatedAncestry.Contains(fittedKey) ? $"is part of '{fitted.Syntax}', the data"
                        : lineage.Ancestry(fittedKey).Contains(evaluatedKey) ? $"contains '{fitted.Syntax}', the data"
                        : null;
                    if (relation != null && reported.Add(evaluated.Syntax.GetLocation()))
                    {
                        int line = fitted.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        string what = $"'{evaluated.Syntax}' {relation} the model was fitted on (line {line.ToString(CultureInfo.InvariantCulture)})";
                        end.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.EvaluationOnTrainingData, evaluated.Syntax.GetLocation(), new[] { fitted.Syntax.GetLocation() }, what));
                    }
                }
            }
        }

        // estimator.Fit(IDataView)
        private static bool IsFit(IMethodSymbol method, INamedTypeSymbol dataView) =>
            method.Name == "Fit" && method.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, dataView);

        // ml.BinaryClassification.Evaluate(data, ...) and the other catalogs' Evaluate / EvaluateNonCalibrated
        private static bool IsEvaluation(IMethodSymbol method, INamedTypeSymbol dataView) =>
            (method.Name == "Evaluate" || method.Name == "EvaluateNonCalibrated")
            && MLNetTypes.IsMLNet(method)
            && method.Parameters.Length > 0
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, dataView);

        // The data scored for the evaluation: X in Evaluate(model.Transform(X)), also through a local.
        private static IOperation? EvaluatedData(IInvocationOperation evaluation, LocalValues locals, INamedTypeSymbol dataView)
        {
            IOperation? scored = null;
            foreach (IArgumentOperation argument in evaluation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    scored = argument.Value.WalkDownConversions();
                }
            }

            if (scored == null)
            {
                return null;
            }

            ISymbol? variable = scored.ReferencedVariable();
            if (variable != null)
            {
                scored = locals.StableValue(variable)?.WalkDownConversions() ?? scored;
            }

            return scored is IInvocationOperation transform
                && transform.TargetMethod.Name == "Transform"
                && transform.Arguments.Length == 1
                && SymbolEqualityComparer.Default.Equals(transform.Arguments[0].Parameter?.Type, dataView)
                ? transform.Arguments[0].Value
                : null;
        }
    }
}
