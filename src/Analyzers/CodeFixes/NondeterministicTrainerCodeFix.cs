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
    /// AIF1008 fix: where the trainer's options are written in place, set <c>NumberOfThreads = 1</c> in their
    /// initializer (or change the count written there to 1); where the trainer is called with separate arguments
    /// (positional or named), call its options overload with those settings and <c>NumberOfThreads = 1</c>
    /// (<see cref="TrainerOptionsCall"/>). Fix All: every change is confined to its own trainer call, so the batch fixer
    /// merges them without overlap.
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
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
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
                else if (node is SimpleNameSyntax name && CalledName(name) is InvocationExpressionSyntax call
                         && TrainerOptionsCall.WithSingleThreadOptions(context.Document, model, call, context.CancellationToken) is ArgumentListSyntax arguments)
                {
                    // The overload with separate arguments: its options overload, carrying the same settings.
                    context.RegisterCodeFix(
                        CodeAction.Create("Pass options with NumberOfThreads = 1", token => Replace(context.Document, call.ArgumentList, arguments, token), SingleThreadKey),
                        diagnostic);
                    continue;
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

        // The call whose method the analyzer named (ml.BinaryClassification.Trainers.SdcaLogisticRegression(...)).
        private static InvocationExpressionSyntax? CalledName(SimpleNameSyntax name)
        {
            SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member
                : name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name ? binding
                : (SyntaxNode)name;
            return expression.Parent is InvocationExpressionSyntax call && call.Expression == expression ? call : null;
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
