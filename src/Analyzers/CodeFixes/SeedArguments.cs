using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AiFactory.Analyzers.CodeFixes
{
    /// <summary>The seed a fix writes: the ModelContext's seed when one is in scope, else the manifest's.</summary>
    internal static class SeedArguments
    {
        /// <summary>The type whose <c>Seed</c> property carries the manifest's seed at run time.</summary>
        public const string ModelContextType = "AiFactory.ModelContext";

        /// <summary><c>context.Seed</c>.</summary>
        public static ExpressionSyntax FromModelContext(string contextName) =>
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(contextName), SyntaxFactory.IdentifierName("Seed"));

        /// <summary>The literal seed the analyzer passed in the diagnostic's properties (the manifest's model.seed).</summary>
        public static ExpressionSyntax Literal(Diagnostic diagnostic) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Seed(diagnostic)));

        /// <summary>The seed from the diagnostic's properties.</summary>
        public static int Seed(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(Descriptors.SeedProperty, out string? text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed)
                ? seed
                : AiFactory.Manifest.Model.ModelSection.DefaultSeed;

        /// <summary><c>seed: value</c>, formatted by the IDE.</summary>
        public static ArgumentSyntax Named(ExpressionSyntax value) =>
            SyntaxFactory.Argument(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName("seed")), default, value)
                .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
