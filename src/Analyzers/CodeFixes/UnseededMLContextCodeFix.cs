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
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>
    /// AIF1001 fixes: use the seeded MLContext already in scope (the one the factory passes to BuildPipeline); seed
    /// the new context with <c>context.Seed</c> when a ModelContext is in scope; or seed it with the manifest's seed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnseededMLContextCodeFix))]
    [Shared]
    public sealed class UnseededMLContextCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of "use the MLContext in scope".</summary>
        public const string UseContextInScopeKey = "AIF1001.UseContextInScope";

        /// <summary>Equivalence key of "seed with ModelContext.Seed".</summary>
        public const string SeedFromModelContextKey = "AIF1001.SeedFromModelContext";

        /// <summary>Equivalence key of "seed with the manifest's seed".</summary>
        public const string SeedWithManifestSeedKey = "AIF1001.SeedWithManifestSeed";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnseededMLContext);

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
                if (!(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is BaseObjectCreationExpressionSyntax creation))
                {
                    continue;
                }

                string? inScope = SymbolsInScope.Find(model, creation, "Microsoft.ML.MLContext", declarator => IsSeededDeclaration(model, declarator, context.CancellationToken));
                if (inScope != null && creation.Initializer == null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Use the seeded MLContext '{inScope}'",
                            token => Replace(context.Document, creation, SyntaxFactory.IdentifierName(inScope).WithTriviaFrom(creation), token),
                            UseContextInScopeKey),
                        diagnostic);
                }

                string? modelContext = SymbolsInScope.Find(model, creation, SeedArguments.ModelContextType);
                if (modelContext != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Seed it with {modelContext}.Seed",
                            token => Replace(context.Document, creation, WithSeed(creation, SeedArguments.FromModelContext(modelContext)), token),
                            SeedFromModelContextKey),
                        diagnostic);
                }

                int seed = SeedArguments.Seed(diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Seed it with {seed} (model.seed in aifactory.json)",
                        token => Replace(context.Document, creation, WithSeed(creation, SeedArguments.Literal(diagnostic)), token),
                        SeedWithManifestSeedKey),
                    diagnostic);
            }
        }

        // A local is offered only when it was created with a seed: `var other = new MLContext()` is no better.
        private static bool IsSeededDeclaration(SemanticModel model, SyntaxNode declarator, CancellationToken cancellationToken)
        {
            if (!(model.GetOperation(declarator, cancellationToken) is IVariableDeclaratorOperation declaration)
                || !(declaration.GetVariableInitializer()?.Value is IObjectCreationOperation creation))
            {
                return false;
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "seed")
                {
                    return argument.ArgumentKind != ArgumentKind.DefaultValue
                        && !(argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value == null);
                }
            }

            return false;
        }

        // new MLContext() and new MLContext(null) → new MLContext(seed: x); an object initializer is kept.
        private static SyntaxNode WithSeed(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax seed)
        {
            ArgumentListSyntax arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SeedArguments.Named(seed)));
            if (creation.ArgumentList != null)
            {
                arguments = arguments.WithTriviaFrom(creation.ArgumentList);
            }

            return creation.WithArgumentList(arguments).WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static async Task<Document> Replace(Document document, SyntaxNode old, SyntaxNode replacement, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root == null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, replacement));
        }
    }
}
