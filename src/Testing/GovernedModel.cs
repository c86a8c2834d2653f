using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AiFactory.Testing
{
    /// <summary>
    /// A governed model project as its tests see it: the results.json its build wrote, its manifest and its trained
    /// model. Works with any test framework: a failed check throws an exception whose message says what failed and where.
    /// </summary>
    /// <example>
    /// Every gate as its own xUnit test case:
    /// <code>
    /// public static IEnumerable&lt;object[]&gt; Gates => Model.GateCases();
    /// static GovernedModel Model => GovernedModel.Referenced(typeof(GateTests).Assembly);
    ///
    /// [Theory, MemberData(nameof(Gates))]
    /// public void Gate(string gate) => Model.AssertGatePassed(gate);
    /// </code>
    /// </example>
    public sealed class GovernedModel
    {
        /// <summary>The single case <see cref="GateCases"/> gives when results.json cannot be read, so that a test fails and says why.</summary>
        public const string UnreadableResultsCase = "results.json";

        /// <summary>Creates a view of a governed model project from its paths.</summary>
        /// <param name="projectName">The model project's name, for messages.</param>
        /// <param name="resultsPath">The results.json its build writes.</param>
        /// <param name="manifestPath">Its aifactory.json.</param>
        /// <param name="assemblyName">Its assembly name, loaded to find the ML.NET components of the model; null skips that.</param>
        public GovernedModel(string projectName, string resultsPath, string manifestPath, string? assemblyName = null)
        {
            ProjectName = projectName ?? throw new ArgumentNullException(nameof(projectName));
            ResultsPath = Path.GetFullPath(resultsPath ?? throw new ArgumentNullException(nameof(resultsPath)));
            ManifestPath = Path.GetFullPath(manifestPath ?? throw new ArgumentNullException(nameof(manifestPath)));
            AssemblyName = string.IsNullOrEmpty(assemblyName) ? null : assemblyName;
        }

        /// <summary>The model project's name.</summary>
        public string ProjectName { get; }

        /// <summary>The absolute path of the results.json the model project's build writes.</summary>
        public string ResultsPath { get; }

        /// <summary>The absolute path of the model project's aifactory.json.</summary>
        public string ManifestPath { get; }

        /// <summary>The model project's assembly name, or null.</summary>
        public string? AssemblyName { get; }

        /// <summary>The folder the build writes into (<c>AiFactoryOutputPath</c>): results.json, model.zip, predictions.csv, test-scores.csv.</summary>
        public string OutputFolder => Path.GetDirectoryName(ResultsPath)!;

        /// <summary>The governed model project the test assembly references (the AiFactory.Testing package records it at build time).</summary>
        /// <exception cref="GovernedModelException">The assembly references no governed model project, or several.</exception>
        public static GovernedModel Referenced(Assembly testAssembly)
        {
            IReadOnlyList<GovernedModel> all = AllReferenced(testAssembly);
            if (all.Count == 1)
            {
                return all[0];
            }

            throw new GovernedModelException(all.Count == 0
                ? $"{testAssembly.GetName().Name} references no governed model project: add a ProjectReference to the model " +
                  "project (the one with aifactory.json and the AiFactory.Build package) and a PackageReference to AiFactory.Testing"
                : $"{testAssembly.GetName().Name} references several governed model projects ({string.Join(", ", all.Select(m => m.ProjectName))}): " +
                  "name the one to test with GovernedModel.Referenced(assembly, projectName)");
        }

        /// <summary>The referenced governed model project of this name.</summary>
        /// <exception cref="GovernedModelException">No referenced governed model project has this name.</exception>
        public static GovernedModel Referenced(Assembly testAssembly, string projectName)
        {
            IReadOnlyList<GovernedModel> all = AllReferenced(testAssembly);
            return all.FirstOrDefault(m => string.Equals(m.ProjectName, projectName, StringComparison.OrdinalIgnoreCase))
                ?? throw new GovernedModelException(
                    $"{testAssembly.GetName().Name} references no governed model project named {projectName} " +
                    $"(it references: {(all.Count == 0 ? "none" : string.Join(", ", all.Select(m => m.ProjectName)))})");
        }

        /// <summary>Every governed model project the test assembly references.</summary>
        public static IReadOnlyList<GovernedModel> AllReferenced(Assembly testAssembly)
        {
            ArgumentNullException.ThrowIfNull(testAssembly);

            return testAssembly.GetCustomAttributes<GovernedModelAttribute>()
                .Select(a => new GovernedModel(a.ProjectName, a.ResultsPath, a.ManifestPath, a.AssemblyName))
                .OrderBy(m => m.ProjectName, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Reads the results.json of the model's last build.</summary>
        /// <exception cref="GovernedModelException">It is missing, unreadable or of another schema version.</exception>
        public ModelResults ReadResults() => ModelResults.Read(ResultsPath, Path.GetDirectoryName(ManifestPath)!);

        /// <summary>
        /// One test case per gate of the last build, as <c>{ gateId }</c> arrays: the shape of xUnit's MemberData,
        /// NUnit's TestCaseSource and MSTest's DynamicData. When results.json cannot be read, a single case
        /// <see cref="UnreadableResultsCase"/>, whose assertion fails with the reason.
        /// </summary>
        public IEnumerable<object[]> GateCases()
        {
            ModelResults results;
            try
            {
                results = ReadResults();
            }
            catch (GovernedModelException)
            {
                return new[] { new object[] { UnreadableResultsCase } };
            }

            return results.Gates.Select(g => new object[] { g.Id }).ToList();
        }

        /// <summary>Passes when the gate passed (or was waived, or had too little data to decide, as in the build).</summary>
        /// <exception cref="GateFailedException">The gate failed: the message carries its value, threshold and manifest location.</exception>
        /// <exception cref="GovernedModelException">The results cannot be read, or have no such gate.</exception>
        public void AssertGatePassed(string gateId)
        {
            ModelResults results = ReadResults();
            GateRecord gate = results.Find(gateId) ?? throw new GovernedModelException(
                $"{ResultsPath} has no gate '{gateId}' (it has: {string.Join(", ", results.Gates.Select(g => g.Id))}); " +
                "the manifest changed since the tests were discovered: run them again");
            if (!gate.Passed)
            {
                throw new GateFailedException(gate);
            }
        }

        /// <summary>
        /// Scores the manifest's test set with the trained model as it is, and with only a categorical
        /// <paramref name="attribute"/> changed: each row is given, in turn, every other value the attribute takes in
        /// the test set (a missing value counts as a value). Counts the rows whose decision (score ≥ model.threshold) changes.
        /// </summary>
        /// <exception cref="GovernedModelException">No trained model, unreadable manifest or data, or no such categorical column.</exception>
        public CounterfactualResult Counterfactual(string attribute) =>
            CounterfactualScorer.Score(this, attribute, change: null);

        /// <summary>
        /// Scores the test set as it is and with only a numeric <paramref name="attribute"/> changed by
        /// <paramref name="change"/> (a missing value stays missing); counts the rows whose decision changes.
        /// </summary>
        /// <exception cref="GovernedModelException">No trained model, unreadable manifest or data, or no such numeric column.</exception>
        public CounterfactualResult Counterfactual(string attribute, Func<double, double> change) =>
            CounterfactualScorer.Score(this, attribute, change ?? throw new ArgumentNullException(nameof(change)));

        /// <inheritdoc />
        public override string ToString() => $"{ProjectName} ({ResultsPath})";
    }
}
