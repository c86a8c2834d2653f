using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>
    /// One input column of an ML.NET <c>Concatenate(outputColumnName, inputColumnNames)</c> written in the call itself —
    /// an argument of the expanded params list, or an element of an array or collection written as the argument — with
    /// its sibling inputs, so that a fix can leave it out. Inputs named anywhere else (a local array, a field) are not
    /// found: they may be read by other code too.
    /// </summary>
    internal sealed class ConcatenatedInput
    {
        private const string InputsParameter = "inputColumnNames";

        private ConcatenatedInput(SyntaxNode element, IReadOnlyList<SyntaxNode> inputs)
        {
            Element = element;
            Inputs = inputs;
        }

        /// <summary>The node to remove: an argument, an array element or a collection element.</summary>
        public SyntaxNode Element { get; }

        /// <summary>Every input of the call, in order, as nodes of the same kind as <see cref="Element"/>.</summary>
        public IReadOnlyList<SyntaxNode> Inputs { get; }

        /// <summary>The node of all inputs (the argument list, the array initializer or the collection), the same for every input of one call.</summary>
        public SyntaxNode List => Element.Parent!;

        /// <summary>The input whose expression is <paramref name="expression"/>, or null when it is not an input written in a Concatenate call.</summary>
        public static ConcatenatedInput? Find(SemanticModel model, SyntaxNode expression, CancellationToken cancellationToken)
        {
            switch (expression.Parent)
            {
                case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax list && list.Parent is InvocationExpressionSyntax call:
                    IArgumentOperation? inputs = InputsArgument(model, call, cancellationToken);
                    return inputs != null && inputs.ArgumentKind == ArgumentKind.ParamArray
                        ? new ConcatenatedInput(argument, ParamsArguments(list, inputs))
                        : null;
                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression)
                                                                  && initializer.Parent is ExpressionSyntax array
                                                                  && (array is ArrayCreationExpressionSyntax || array is ImplicitArrayCreationExpressionSyntax):
                    return IsInputsArgument(model, array, cancellationToken) ? new ConcatenatedInput(expression, new List<SyntaxNode>(initializer.Expressions)) : null;
                case ExpressionElementSyntax element when element.Parent is CollectionExpressionSyntax collection:
                    return IsInputsArgument(model, collection, cancellationToken) ? new ConcatenatedInput(element, new List<SyntaxNode>(collection.Elements)) : null;
                default:
                    return null;
            }
        }

        // The written arguments that make up the expanded params array.
        private static List<SyntaxNode> ParamsArguments(ArgumentListSyntax list, IArgumentOperation inputs)
        {
            var elements = new List<SyntaxNode>();
            if (inputs.Value is IArrayCreationOperation array && array.Initializer != null)
            {
                foreach (IOperation element in array.Initializer.ElementValues)
                {
                    SyntaxNode? argument = element.Syntax.Parent;
                    if (argument is ArgumentSyntax && argument.Parent == list)
                    {
                        elements.Add(argument);
                    }
                }
            }

            return elements;
        }

        // An array or collection written as the call's inputColumnNames argument (not through a local or a field).
        private static bool IsInputsArgument(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken) =>
            value.Parent is ArgumentSyntax argument && argument.Parent is ArgumentListSyntax list && list.Parent is InvocationExpressionSyntax call
            && InputsArgument(model, call, cancellationToken) is IArgumentOperation inputs && inputs.ArgumentKind == ArgumentKind.Explicit && inputs.Syntax == argument;

        // The inputColumnNames argument of an ML.NET Concatenate call.
        private static IArgumentOperation? InputsArgument(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
            if (!(model.GetOperation(call, cancellationToken) is IInvocationOperation invocation)
                || invocation.TargetMethod.Name != "Concatenate" || !Infrastructure.MLNetTypes.IsMLNet(invocation.TargetMethod))
            {
                return null;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == InputsParameter && argument.Parameter.Type is IArrayTypeSymbol array
                    && array.ElementType.SpecialType == SpecialType.System_String)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
