using System.Collections.Immutable;
using System.Linq;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ManifestDiagnostic = AiFactory.Manifest.Diagnostics.Diagnostic;
using ManifestSeverity = AiFactory.Manifest.Diagnostics.DiagnosticSeverity;

namespace AiFactory.Analyzers.ManifestChecks
{
    /// <summary>
    /// AIF1006: every problem the build's manifest reader finds in aifactory.json, at its place in the file, while the
    /// manifest is edited — and what the organisation's policy above it finds there (a loosened setting, a waiver, a
    /// missing required gate). Reported only when the build says it runs in an IDE or design-time build
    /// (<c>AiFactoryManifestInIde</c>): a command-line build reports the same problems from its own prepare step, once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ManifestProblemAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ManifestProblem);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!BuildProperties.IsTrue(start.Options, BuildProperties.ManifestInIde))
                {
                    return;
                }

                start.RegisterAdditionalFileAction(file =>
                {
                    if (!ManifestFacts.IsManifest(file.Options, file.AdditionalFile))
                    {
                        return;
                    }

                    ManifestFacts facts = ManifestFacts.Read(file.Options, file.CancellationToken);
                    if (facts.Result == null || facts.Text == null)
                    {
                        return;
                    }

                    foreach (ManifestDiagnostic problem in facts.Result.Diagnostics.Concat(facts.PolicyProblems))
                    {
                        Location location = ManifestSpans.Locate(file.AdditionalFile.Path, facts.Text, problem.Location);
                        DiagnosticSeverity severity = problem.Severity == ManifestSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                        file.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.ManifestProblem, location, severity, additionalLocations: null, properties: null, problem.Code, problem.Message));
                    }
                });
            });
        }
    }
}
