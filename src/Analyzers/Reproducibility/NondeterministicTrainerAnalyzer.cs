using System.Collections.Immutable;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Reproducibility
{
    /// <summary>
    /// AIF1008: an SDCA or SGD trainer (ML.NET documents them as not deterministic on several threads) created without
    /// options that set <c>NumberOfThreads = 1</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NondeterministicTrainerAnalyzer : DiagnosticAnalyzer
    {
        private const string NumberOfThreads = "NumberOfThreads";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NondeterministicTrainer);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                MLNetTypes? types = MLNetTypes.TryCreate(start.Compilation);
                if (types == null || (types.SdcaTrainerBase == null && types.SgdTrainerBase == null))
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block =>
                {
                    // Created on the block's first SDCA or SGD trainer: most blocks have none.
                    System.Collections.Generic.List<IInvocationOperation>? trainers = null;
                    block.RegisterOperationAction(
                        operation =>
                        {
                            var invocation = (IInvocationOperation)operation.Operation;
                            if (IsThreadedTrainer(invocation.TargetMethod, types))
                            {
                                var found = System.Threading.LazyInitializer.EnsureInitialized(ref trainers, () => new System.Collections.Generic.List<IInvocationOperation>())!;
                                lock (found)
                                {
                                    found.Add(invocation);
                                }
                            }
                        },
                        OperationKind.Invocation);
                    block.RegisterOperationBlockEndAction(end =>
                    {
                        if (trainers == null)
                        {
                            return;
                        }

                        LocalValues locals = LocalValues.Of(end.OperationBlocks);
                        foreach (IInvocationOperation trainer in trainers)
                        {
                            Location? problem = Problem(trainer, locals);
                            if (problem != null)
                            {
                                end.ReportDiagnostic(Diagnostic.Create(Descriptors.NondeterministicTrainer, problem, trainer.TargetMethod.Name));
                            }
                        }
                    });
                });
            });
        }

        private static bool IsThreadedTrainer(IMethodSymbol method, MLNetTypes types) =>
            MLNetTypes.IsMLNet(method)
            && (MLNetTypes.DerivesFrom(method.ReturnType, types.SdcaTrainerBase) || MLNetTypes.DerivesFrom(method.ReturnType, types.SgdTrainerBase));

        // Where the fix belongs, or null when the trainer is single-threaded or its options cannot be seen.
        private static Location? Problem(IInvocationOperation trainer, LocalValues locals)
        {
            IArgumentOperation? options = null;
            foreach (IArgumentOperation argument in trainer.Arguments)
            {
                if (argument.Parameter != null && HasNumberOfThreads(argument.Parameter.Type))
                {
                    options = argument;
                }
            }

            if (options == null)
            {
                // The overload without options: ML.NET picks the thread count.
                return SyntaxLocations.MethodName(trainer);
            }

            IOperation value = options.Value.WalkDownConversions();
            ISymbol? variable = value.ReferencedVariable();
            if (variable != null)
            {
                if (locals.IsReassigned(variable))
                {
                    return null;
                }

                IOperation? setLater = ThreadsSetLater(variable, trainer);
                if (setLater != null)
                {
                    return IsOne(setLater) ? null : setLater.Syntax.GetLocation();
                }

                value = locals.StableValue(variable)?.WalkDownConversions() ?? value;
            }

            if (!(value is IObjectCreationOperation creation))
            {
                return null; // options built elsewhere: nothing to judge
            }

            IOperation? threads = null;
            if (creation.Initializer != null)
            {
                foreach (IOperation initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation assignment && MemberName(assignment.Target) == NumberOfThreads)
                    {
                        threads = assignment.Value.WalkDownConversions();
                    }
                }
            }

            if (threads == null)
            {
                return creation.Syntax.GetLocation();
            }

            return IsOne(threads) ? null : threads.Syntax.GetLocation();
        }

        private static bool IsOne(IOperation value) =>
            value.ConstantValue.HasValue && value.ConstantValue.Value is int count && count == 1;

        // The value of an `options.NumberOfThreads = ...` written after the declaration, anywhere in the block.
        private static IOperation? ThreadsSetLater(ISymbol variable, IOperation within)
        {
            IOperation root = within;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            foreach (IOperation descendant in root.Descendants())
            {
                if (descendant is ISimpleAssignmentOperation assignment
                    && MemberName(assignment.Target) == NumberOfThreads
                    && assignment.Target is IMemberReferenceOperation member
                    && member.Instance != null
                    && SymbolEqualityComparer.Default.Equals(member.Instance.ReferencedVariable(), variable))
                {
                    return assignment.Value.WalkDownConversions();
                }
            }

            return null;
        }

        private static string? MemberName(IOperation target) =>
            target is IMemberReferenceOperation member ? member.Member.Name : null;

        private static bool HasNumberOfThreads(ITypeSymbol type)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (!current.GetMembers(NumberOfThreads).IsEmpty && MLNetTypes.IsMLNet(current))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
