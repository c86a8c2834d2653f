using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>
    /// A call of an SDCA or SGD trainer's overload that takes its settings as separate arguments
    /// (<c>SdcaLogisticRegression(labelColumnName: "y", maximumNumberOfIterations: 10)</c>), rewritten into the same
    /// method's options overload with those settings and <c>NumberOfThreads = 1</c>:
    /// <c>SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = "y", MaximumNumberOfIterations = 10, NumberOfThreads = 1 })</c>.
    /// </summary>
    /// <remarks>
    /// Sound only where every argument written has an options member of the parameter's name (PascalCase) that takes
    /// the argument's value: ML.NET's separate-argument overloads are shorthands for those members, with the same
    /// defaults, so the arguments left out stay at their defaults (tests compare the trainers both forms build). An
    /// argument without such a member (the multiclass SdcaNonCalibrated's lossFunction, whose option is called Loss)
    /// leaves the call without this fix. The arguments keep the order they were written in, so they are evaluated in
    /// the same order.
    /// </remarks>
    internal static class TrainerOptionsCall
    {
        /// <summary>The options member the fix sets.</summary>
        public const string NumberOfThreads = "NumberOfThreads";

        /// <summary>The argument list that calls the options overload, or null when there is no sound rewrite.</summary>
        public static ArgumentListSyntax? WithSingleThreadOptions(Document document, SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
            if (!(model.GetOperation(call, cancellationToken) is IInvocationOperation invocation))
            {
                return null;
            }

            IMethodSymbol method = invocation.TargetMethod;
            IMethodSymbol? overload = OptionsOverload(method);
            if (overload == null || !(overload.Parameters[overload.Parameters.Length - 1].Type is INamedTypeSymbol options) || !Creatable(options))
            {
                return null;
            }

            var written = new Dictionary<ArgumentSyntax, IArgumentOperation>();
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Syntax is ArgumentSyntax syntax && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    written[syntax] = argument;
                }
            }

            var arguments = new List<ArgumentSyntax>();
            var settings = new List<ExpressionSyntax>();
            foreach (ArgumentSyntax syntax in call.ArgumentList.Arguments)
            {
                if (!written.TryGetValue(syntax, out IArgumentOperation? argument) || argument.Parameter == null
                    || argument.ArgumentKind != ArgumentKind.Explicit || !syntax.RefKindKeyword.IsKind(SyntaxKind.None))
                {
                    return null;
                }

                if (method.IsExtensionMethod && argument.Parameter.Ordinal == 0)
                {
                    arguments.Add(syntax); // the catalog, when the extension method is called as a static method
                    continue;
                }

                ISymbol? member = Member(options, Pascal(argument.Parameter.Name));
                if (member == null || member.Name == NumberOfThreads || !model.ClassifyConversion(syntax.Expression, MemberType(member)).IsImplicit)
                {
                    return null;
                }

                settings.Add(Assignment(member.Name, syntax.Expression.WithoutTrivia()));
            }

            settings.Add(Assignment(NumberOfThreads, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1))));
            var type = (TypeSyntax)SyntaxGenerator.GetGenerator(document).TypeExpression(options)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            ObjectCreationExpressionSyntax creation = SyntaxFactory.ObjectCreationExpression(type)
                .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SeparatedList(settings)));
            arguments.Add(SyntaxFactory.Argument(creation));
            return call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(arguments)).WithAdditionalAnnotations(Formatter.Annotation);
        }

        // The same method's overload whose only setting is an options object with NumberOfThreads.
        private static IMethodSymbol? OptionsOverload(IMethodSymbol method)
        {
            int count = method.IsExtensionMethod ? 2 : 1;
            foreach (IMethodSymbol candidate in method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                if (candidate.Parameters.Length == count && candidate.IsStatic == method.IsStatic && candidate.IsExtensionMethod == method.IsExtensionMethod
                    && (!method.IsExtensionMethod || SymbolEqualityComparer.Default.Equals(candidate.Parameters[0].Type, method.Parameters[0].Type))
                    && Member(candidate.Parameters[count - 1].Type, NumberOfThreads) != null)
                {
                    return candidate;
                }
            }

            return null;
        }

        private static bool Creatable(INamedTypeSymbol type) =>
            !type.IsAbstract && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);

        // A public instance field or property of the type (or a base type) that an object initializer can set.
        private static ISymbol? Member(ITypeSymbol type, string name)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers(name))
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    if ((member is IFieldSymbol field && !field.IsReadOnly && !field.IsConst)
                        || (member is IPropertySymbol property && property.SetMethod != null && property.SetMethod.DeclaredAccessibility == Accessibility.Public))
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        private static ITypeSymbol MemberType(ISymbol member) => member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;

        private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

        private static ExpressionSyntax Assignment(string member, ExpressionSyntax value) =>
            SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(member), value);
    }
}
