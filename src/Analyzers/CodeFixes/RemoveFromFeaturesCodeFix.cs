using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticIds = AiFactory.Manifest.Diagnostics.DiagnosticIds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>
    /// AIF1007 and AIF1002 fix: leave the label (or the sensitive attribute) out of the features — remove the column from
    /// the <c>Concatenate</c> call that writes it into a features column. Offered only where that removes the forbidden
    /// column and nothing else: the column is the label or attribute itself or made from it alone (the analyzer says so
    /// in the diagnostic's properties), it is written in the call (<see cref="ConcatenatedInput"/>), and another input
    /// is left, since a concatenation of nothing fails when the pipeline is fitted. Fix All removes such columns of a
    /// call at once, in order, as long as an input is left — what applying the fix one column at a time gives (the
    /// batch fixer could not: it applies each removal to the original text, so two removals could leave no input, and
    /// the separators of neighbouring inputs overlap).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveFromFeaturesCodeFix))]
    [Shared]
    public sealed class RemoveFromFeaturesCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of the fix of AIF1007 (the label).</summary>
        public const string RemoveLabelKey = "AIF1007.RemoveFromFeatures";

        /// <summary>Equivalence key of the fix of AIF1002 (a sensitive attribute).</summary>
        public const string RemoveSensitiveKey = "AIF1002.RemoveFromFeatures";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.LabelAsFeature, DiagnosticIds.SensitiveAttributeAsFeature);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

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
                ConcatenatedInput? input = Removable(root, model, diagnostic, context.CancellationToken);
                if (input != null && input.Inputs.Count >= 2)
                {
                    string column = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).ToString();
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Remove {column} from the features",
                            token => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, new[] { input }))),
                            diagnostic.Id == DiagnosticIds.LabelAsFeature ? RemoveLabelKey : RemoveSensitiveKey),
                        diagnostic);
                }
            }
        }

        // Per call, the label's columns in order, as long as one input is left; one rewrite of the document.
        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var removed = new List<ConcatenatedInput>();
            var left = new Dictionary<SyntaxNode, int>();
            foreach (ConcatenatedInput input in diagnostics
                         .Select(d => Removable(root, model, d, context.CancellationToken))
                         .OfType<ConcatenatedInput>()
                         .OrderBy(i => i.Element.SpanStart))
            {
                int count = left.TryGetValue(input.List, out int remaining) ? remaining : input.Inputs.Count;
                if (count >= 2 && !removed.Any(r => r.Element == input.Element))
                {
                    removed.Add(input);
                    left[input.List] = count - 1;
                }
            }

            return removed.Count == 0 ? document : document.WithSyntaxRoot(Remove(root, removed));
        }

        // Removes the inputs with their trivia (a line's indentation, the separator's space) and lets the formatter
        // space what is left of each list.
        private static SyntaxNode Remove(SyntaxNode root, IReadOnlyCollection<ConcatenatedInput> inputs)
        {
            SyntaxNode[] lists = inputs.Select(i => i.List).Distinct().ToArray();
            SyntaxNode tracked = root.TrackNodes(inputs.Select(i => i.Element).Concat(lists));
            tracked = tracked.RemoveNodes(inputs.Select(i => tracked.GetCurrentNode(i.Element)!), SyntaxRemoveOptions.KeepNoTrivia)!;
            return tracked.ReplaceNodes(lists.Select(l => tracked.GetCurrentNode(l)!), (_, list) => list.WithAdditionalAnnotations(Formatter.Annotation));
        }

        private static ConcatenatedInput? Removable(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.TryGetValue(Descriptors.OnlyForbiddenProperty, out string? only) || only != "true")
            {
                return null;
            }

            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            return ConcatenatedInput.Find(model, node, cancellationToken);
        }
    }
}
