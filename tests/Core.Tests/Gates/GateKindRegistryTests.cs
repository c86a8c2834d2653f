using AiFactory.Core.Gates;
using AiFactory.Core.Tests.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiFactory.Core.Tests.Gates;

/// <summary>
/// The gate-kind contract as the source lays it out: one folder per kind under src/Core/Gates/Kinds with its judge
/// (implementing IGateKind) and its formatter (GateMessages), every kind registered once in results order, the judges
/// without message text and without comparisons of their own against a bound.
/// </summary>
public class GateKindRegistryTests
{
    private static readonly string Gates = Path.Combine(RepositoryLayout.Root, "src", "Core", "Gates");

    private static readonly string[] KindsInOrder = { "Metric", "Baseline", "Business", "Data", "Fairness" };

    [Fact]
    public void The_registry_lists_every_kind_folder_once_in_the_order_of_results_json()
    {
        SyntaxNode registry = Parse(Path.Combine(Gates, "GateKindRegistry.cs"));
        string[] registered = registry.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Select(c => c.Type.ToString()).ToArray();

        Assert.Equal(KindsInOrder.Select(k => k + "GateKind"), registered);
        Assert.Equal(KindsInOrder.Order(), Directory.GetDirectories(Path.Combine(Gates, "Kinds")).Select(Path.GetFileName).Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_its_judge_named_for_its_kind_and_its_formatter(string kind)
    {
        string folder = Path.Combine(Gates, "Kinds", kind);
        ClassDeclarationSyntax judge = Class(Parse(Path.Combine(folder, kind + "GateKind.cs")), kind + "GateKind");
        ClassDeclarationSyntax messages = Class(Parse(Path.Combine(folder, kind + "GateMessages.cs")), kind + "GateMessages");

        // A kind that weighs intervals implements IIntervalGateKind (an IGateKind naming its passed-on-interval warning).
        Assert.Contains(judge.BaseList!.Types.Select(t => t.ToString()), t => t == "IGateKind" || t == "IIntervalGateKind");
        PropertyDeclarationSyntax name = judge.Members.OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.Text == "Name");
        Assert.Equal("GateKinds." + kind, name.ExpressionBody!.Expression.ToString());
        Assert.NotNull(typeof(GateKinds).GetField(kind));
        Assert.Contains("GateMessages", messages.BaseList!.Types.Select(t => t.ToString()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_judge_and_the_facts_of_a_kind_hold_no_message_text(string kind)
    {
        foreach (string file in JudgingFiles(kind))
        {
            SyntaxNode root = Parse(file);
            IEnumerable<string> texts = root.DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
                .Select(t => t.ValueText);
            Assert.DoesNotContain(texts, text => text.Contains(' ', StringComparison.Ordinal));

            IEnumerable<string> wording = root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
                .Select(m => m.ToString())
                .Where(m => m.StartsWith("GateNumberFormat.", StringComparison.Ordinal) || m.StartsWith("VerdictWords.", StringComparison.Ordinal)
                            || (m.StartsWith("FairnessText.", StringComparison.Ordinal) && m != "FairnessText.ModeName"));
            Assert.Empty(wording);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_judge_of_a_kind_compares_with_a_bound_only_through_the_shared_comparison(string kind)
    {
        SyntaxKind[] ordering = { SyntaxKind.GreaterThanExpression, SyntaxKind.GreaterThanOrEqualExpression, SyntaxKind.LessThanExpression, SyntaxKind.LessThanOrEqualExpression };
        foreach (string file in JudgingFiles(kind))
        {
            IEnumerable<string> handWritten = Parse(file).DescendantNodes().OfType<BinaryExpressionSyntax>()
                .Where(b => ordering.Any(b.IsKind))
                .Select(b => b.ToString())
                .Where(b => b.Contains("bound", StringComparison.OrdinalIgnoreCase) || b.Contains("Threshold", StringComparison.Ordinal)
                            || b.Contains("Defaults", StringComparison.Ordinal));
            Assert.Empty(handWritten);
        }
    }

    public static TheoryData<string> Kinds() => new(KindsInOrder);

    /// <summary>Every file of a kind's folder but its formatter.</summary>
    private static IEnumerable<string> JudgingFiles(string kind) =>
        Directory.GetFiles(Path.Combine(Gates, "Kinds", kind), "*.cs").Where(f => !f.EndsWith(kind + "GateMessages.cs", StringComparison.Ordinal));

    private static SyntaxNode Parse(string file) => CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();

    private static ClassDeclarationSyntax Class(SyntaxNode root, string name) =>
        root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == name);
}
