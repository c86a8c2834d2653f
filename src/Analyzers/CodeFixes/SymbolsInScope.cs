using System;
using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>Finds a parameter or an earlier local of a given type that code at a position can use.</summary>
    internal static class SymbolsInScope
    {
        /// <summary>
        /// The name of a parameter (preferred: the factory passes its seeded MLContext and its ModelContext as
        /// parameters) or of a local declared before <paramref name="node"/>, whose type is <paramref name="metadataName"/>;
        /// null when none is in scope. A local counts only when <paramref name="acceptLocal"/> (if given) accepts its declarator.
        /// </summary>
        public static string? Find(SemanticModel model, SyntaxNode node, string metadataName, Func<SyntaxNode, bool>? acceptLocal = null)
        {
            INamedTypeSymbol? type = model.Compilation.GetTypeByMetadataName(metadataName);
            if (type == null)
            {
                return null;
            }

            string? local = null;
            int localStart = -1;
            foreach (ISymbol symbol in model.LookupSymbols(node.SpanStart))
            {
                switch (symbol)
                {
                    case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.Type, type):
                        return parameter.Name;
                    case ILocalSymbol candidate when SymbolEqualityComparer.Default.Equals(candidate.Type, type):
                        foreach (SyntaxReference reference in candidate.DeclaringSyntaxReferences)
                        {
                            // Declared before the node and not by it (var ml = new MLContext() must not become var ml = ml).
                            int start = reference.Span.Start;
                            if (reference.Span.End <= node.SpanStart && !reference.Span.Contains(node.Span) && start > localStart
                                && (acceptLocal == null || acceptLocal(reference.GetSyntax())))
                            {
                                local = candidate.Name;
                                localStart = start;
                            }
                        }

                        break;
                }
            }

            return local;
        }
    }
}
