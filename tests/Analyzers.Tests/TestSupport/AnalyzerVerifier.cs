using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiFactory.Analyzers.Tests.TestSupport;

/// <summary>Runs an analyzer over test code (markup <c>{|AIF1001:...|}</c> marks what it must report, nothing else).</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A test with the project's references and, when given, an aifactory.json.</summary>
    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? manifest = TestManifests.Loan)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        if (manifest != null)
        {
            test.TestState.AdditionalFiles.Add(("aifactory.json", manifest));
        }

        return test;
    }

    /// <summary>Checks that the analyzer reports exactly what the markup (and <paramref name="expected"/>) says.</summary>
    public static Task VerifyAsync(string source, string? manifest = TestManifests.Loan, params DiagnosticResult[] expected)
    {
        CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> test = Create(source, manifest);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

/// <summary>Runs an analyzer and a code fix: the fixed code, and Fix All in document, project and solution.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    /// <summary>A test applying the fix with <paramref name="equivalenceKey"/>.</summary>
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, string equivalenceKey, string? manifest = TestManifests.Loan)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        if (manifest != null)
        {
            test.TestState.AdditionalFiles.Add(("aifactory.json", manifest));
            test.FixedState.AdditionalFiles.Add(("aifactory.json", manifest));
        }

        return test;
    }

    /// <summary>Checks the fix with <paramref name="equivalenceKey"/> turns the source into the fixed source.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string equivalenceKey, string? manifest = TestManifests.Loan) =>
        Create(source, fixedSource, equivalenceKey, manifest).RunAsync();
}
