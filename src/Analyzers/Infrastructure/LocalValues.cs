using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Infrastructure
{
    /// <summary>
    /// The values locals are declared with in one operation block, and which locals and parameters are written again
    /// later: a rule may follow a variable to its initial value only when nothing else was assigned to it. Used by one
    /// block-end action at a time (not thread-safe).
    /// </summary>
    internal sealed class LocalValues
    {
        private readonly Dictionary<ILocalSymbol, IOperation> _initialValues = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _reassigned = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        private readonly IEnumerable<IOperation> _blocks;
        private bool _read;

        private LocalValues(IEnumerable<IOperation> blocks)
        {
            _blocks = blocks;
        }

        /// <summary>
        /// The locals of the given operation blocks, read on the first question: most blocks a rule judges never ask
        /// about a local, and walking a whole method body is the costliest thing a rule could do here.
        /// </summary>
        public static LocalValues Of(IEnumerable<IOperation> blocks) => new LocalValues(blocks);

        private void EnsureRead()
        {
            if (_read)
            {
                return;
            }

            _read = true;
            foreach (IOperation block in _blocks)
            {
                foreach (IOperation operation in block.DescendantsAndSelf())
                {
                    Record(operation);
                }
            }
        }

        private void Record(IOperation operation)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
                    if (initializer != null)
                    {
                        _initialValues[declarator.Symbol] = initializer.Value;
                    }

                    break;
                case IAssignmentOperation assignment:
                    MarkWritten(assignment.Target);
                    break;
                case IIncrementOrDecrementOperation increment:
                    MarkWritten(increment.Target);
                    break;
                case IArgumentOperation argument when argument.Parameter != null && argument.Parameter.RefKind != RefKind.None && argument.Parameter.RefKind != RefKind.In:
                    MarkWritten(argument.Value);
                    break;
            }
        }

        /// <summary>True when the local or parameter is assigned anywhere after its declaration.</summary>
        public bool IsReassigned(ISymbol variable)
        {
            EnsureRead();
            return _reassigned.Contains(variable);
        }

        /// <summary>The value a local holds throughout the block: its initializer, when it is never written again.</summary>
        public IOperation? StableValue(ISymbol variable)
        {
            EnsureRead();
            return variable is ILocalSymbol local && !_reassigned.Contains(local) && _initialValues.TryGetValue(local, out IOperation? value)
                ? value
                : null;
        }

        private void MarkWritten(IOperation target)
        {
            switch (target.WalkDownConversions())
            {
                case ILocalReferenceOperation local when !local.IsDeclaration:
                    _reassigned.Add(local.Local);
                    break;
                case IParameterReferenceOperation parameter:
                    _reassigned.Add(parameter.Parameter);
                    break;
                case ITupleOperation tuple:
                    foreach (IOperation element in tuple.Elements)
                    {
                        MarkWritten(element);
                    }

                    break;
                case IDeclarationExpressionOperation declaration:
                    MarkWritten(declaration.Expression);
                    break;
            }
        }
    }
}
