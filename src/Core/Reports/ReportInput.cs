using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Reports
{
    /// <summary>What a report is written from: this build's run record, the manifest it judged, and where the evidence is.</summary>
    internal sealed class ReportInput
    {
        public ReportInput(RunRecord record, ModelManifest manifest, string outputPath)
        {
            Record = record ?? throw new System.ArgumentNullException(nameof(record));
            Manifest = manifest ?? throw new System.ArgumentNullException(nameof(manifest));
            OutputPath = outputPath ?? throw new System.ArgumentNullException(nameof(outputPath));
        }

        /// <summary>The run record, as results.json publishes it.</summary>
        public RunRecord Record { get; }

        /// <summary>The manifest judged (its <see cref="ModelManifest.FilePath"/> is where locations point).</summary>
        public ModelManifest Manifest { get; }

        /// <summary>The output folder (AiFactoryOutputPath): results.json, test-scores.csv and the reports live there.</summary>
        public string OutputPath { get; }
    }
}
