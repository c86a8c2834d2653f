using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticIds = AiFactory.Manifest.Diagnostics.DiagnosticIds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>
    /// AIF1008 fix, where the trainer's options are written in place: set <c>NumberOfThreads = 1</c> in their
    /// initializer (or change the count written there to 1). The overloads without options have no place for it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NondeterministicTrainerCodeFix))]
    [Shared]
    public sealed class NondeterministicTrainerCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of the fix.</summary>
        public const string SingleThreadKey = "AIF1008.SingleThread";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NondeterministicTrainer);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                SyntaxNode? replacement = null;
                if (node is ObjectCreationExpressionSyntax options)
                {
                    replacement = WithSingleThread(options);
                }
                else if (node is ExpressionSyntax count && node.Parent is AssignmentExpressionSyntax assignment && assignment.Right == node)
                {
                    replacement = One().WithTriviaFrom(count);
                }

                if (replacement != null)
                {
                    SyntaxNode target = node;
                    SyntaxNode fixedNode = replacement;
                    context.RegisterCodeFix(
                        CodeAction.Create("Set NumberOfThreads = 1", token => Replace(context.Document, target, fixedNode, token), SingleThreadKey),
                        diagnostic);
                }
            }
        }

        private static ObjectCreationExpressionSyntax WithSingleThread(ObjectCreationExpressionSyntax options)
        {
            AssignmentExpressionSyntax threads = SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("NumberOfThreads"), One());
            InitializerExpressionSyntax initializer = options.Initializer == null
                ? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(threads))
                : options.Initializer.AddExpressions(threads);
            return options.WithInitializer(initializer).WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static LiteralExpressionSyntax One() =>
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1));

        private static async Task<Document> Replace(Document document, SyntaxNode old, SyntaxNode replacement, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root == null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, replacement));
        }
    }
}
