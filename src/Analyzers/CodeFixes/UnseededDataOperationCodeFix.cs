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
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>AIF1005 fixes: pass <c>seed: context.Seed</c> (a ModelContext in scope) or <c>seed:</c> the manifest's seed.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnseededDataOperationCodeFix))]
    [Shared]
    public sealed class UnseededDataOperationCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of "seed: context.Seed".</summary>
        public const string SeedFromModelContextKey = "AIF1005.SeedFromModelContext";

        /// <summary>Equivalence key of "seed: the manifest's seed".</summary>
        public const string SeedWithManifestSeedKey = "AIF1005.SeedWithManifestSeed";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnseededDataOperation);

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
                InvocationExpressionSyntax? call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                    .FirstAncestorOrSelf<InvocationExpressionSyntax>();
                if (call == null)
                {
                    continue;
                }

                string? modelContext = SymbolsInScope.Find(model, call, SeedArguments.ModelContextType);
                if (modelContext != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Pass seed: {modelContext}.Seed",
                            token => WithSeed(context.Document, call, SeedArguments.FromModelContext(modelContext), token),
                            SeedFromModelContextKey),
                        diagnostic);
                }

                int seed = SeedArguments.Seed(diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Pass seed: {seed} (model.seed in aifactory.json)",
                        token => WithSeed(context.Document, call, SeedArguments.Literal(diagnostic), token),
                        SeedWithManifestSeedKey),
                    diagnostic);
            }
        }

        // Replaces an explicit null seed, else appends seed: as a named argument (valid after any positional ones).
        private static async Task<Document> WithSeed(Document document, InvocationExpressionSyntax call, ExpressionSyntax seed, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            if (model.GetOperation(call, cancellationToken) is IInvocationOperation invocation)
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "seed" && argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Syntax is ArgumentSyntax written)
                    {
                        return document.WithSyntaxRoot(root.ReplaceNode(written, written.WithExpression(seed.WithTriviaFrom(written.Expression))));
                    }
                }
            }

            InvocationExpressionSyntax fixedCall = call.WithArgumentList(call.ArgumentList.AddArguments(SeedArguments.Named(seed)));
            return document.WithSyntaxRoot(root.ReplaceNode(call, fixedCall));
        }
    }
}
