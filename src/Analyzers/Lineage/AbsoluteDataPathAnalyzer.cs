using System.Collections.Immutable;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Lineage
{
    /// <summary>
    /// AIF1004: a string literal holding an absolute path that is data: it names a data file (.csv, .parquet, ...), or it
    /// is given to a parameter, variable, field or property whose name says path, file, folder or directory.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AbsoluteDataPathAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AbsoluteDataPath);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
            context.RegisterOperationAction(AnalyzeInterpolation, OperationKind.InterpolatedString);
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (literal.Parent is IInterpolatedStringTextOperation)
            {
                return; // judged with its interpolated string
            }

            if (!(literal.ConstantValue.HasValue && literal.ConstantValue.Value is string text) || !AbsolutePaths.IsAbsolute(text))
            {
                return;
            }

            if (AbsolutePaths.HasDataExtension(text) || GoesToPathName(literal))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AbsoluteDataPath, literal.Syntax.GetLocation(), text));
            }
        }

        // $"C:\data\{name}.csv": the text before the first hole decides whether the path is absolute.
        private static void AnalyzeInterpolation(OperationAnalysisContext context)
        {
            var interpolation = (IInterpolatedStringOperation)context.Operation;
            if (interpolation.Parts.IsEmpty || !(interpolation.Parts[0] is IInterpolatedStringTextOperation first)
                || !(first.Text.ConstantValue.Value is string start) || !AbsolutePaths.IsAbsolute(start))
            {
                return;
            }

            string? end = interpolation.Parts[interpolation.Parts.Length - 1] is IInterpolatedStringTextOperation last
                ? last.Text.ConstantValue.Value as string
                : null;
            if ((end != null && AbsolutePaths.HasDataExtension(end)) || GoesToPathName(interpolation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AbsoluteDataPath, interpolation.Syntax.GetLocation(), start + "…"));
            }
        }

        // The name of what receives the string: argument → parameter, initializer → variable/field/property,
        // assignment → target. Path.Combine("C:\data", ...) counts through its parameter names (path1, ...).
        private static bool GoesToPathName(IOperation value)
        {
            IOperation current = value;
            while (current.Parent is IConversionOperation || current.Parent is IBinaryOperation || current.Parent is IInterpolatedStringOperation)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IArgumentOperation argument:
                    return argument.Parameter != null && AbsolutePaths.IsPathName(argument.Parameter.Name);
                case IVariableInitializerOperation initializer:
                    return initializer.Parent is IVariableDeclaratorOperation declarator && AbsolutePaths.IsPathName(declarator.Symbol.Name);
                case IFieldInitializerOperation field:
                    return AnyPathName(field.InitializedFields);
                case IPropertyInitializerOperation property:
                    return AnyPathName(property.InitializedProperties);
                case IParameterInitializerOperation parameter:
                    return AbsolutePaths.IsPathName(parameter.Parameter.Name);
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target is IMemberReferenceOperation member ? AbsolutePaths.IsPathName(member.Member.Name)
                        : assignment.Target is ILocalReferenceOperation local && AbsolutePaths.IsPathName(local.Local.Name);
                default:
                    return false;
            }
        }

        private static bool AnyPathName<T>(ImmutableArray<T> symbols) where T : ISymbol
        {
            foreach (T symbol in symbols)
            {
                if (AbsolutePaths.IsPathName(symbol.Name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
