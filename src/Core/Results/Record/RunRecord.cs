using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary>
    /// results.json as one typed record (schema/results.schema.json, docs/results.md): the build writes one, the baseline
    /// gate and AiFactory.Testing read one, all through <see cref="RunRecordJson"/>. Each property is the key of the same
    /// name. A part that a file read lacks is null (a hand-written baseline may hold only <c>metrics</c>).
    /// </summary>
    internal sealed class RunRecord
    {
        /// <summary>The results.json version the build writes and the readers understand.</summary>
        public const int CurrentSchemaVersion = 1;

        /// <summary><c>schemaVersion</c>; null when the file has none.</summary>
        public long? SchemaVersion { get; set; }

        /// <summary><c>model</c>: the model section of the manifest.</summary>
        public ModelRecord? Model { get; set; }

        /// <summary><c>packageVersion</c>: the AiFactory.Build version that wrote the record.</summary>
        public string? PackageVersion { get; set; }

        /// <summary><c>fingerprints</c> of the training and the evaluation.</summary>
        public FingerprintsRecord? Fingerprints { get; set; }

        /// <summary><c>inputs</c>: every file the results were computed from.</summary>
        public IReadOnlyList<InputFile>? Inputs { get; set; }

        /// <summary><c>modelHash</c>; null for predictions.</summary>
        public string? ModelHash { get; set; }

        /// <summary><c>data</c>: the test and training files, their profiles and the data checks.</summary>
        public DataRecord? Data { get; set; }

        /// <summary><c>testRows</c>.</summary>
        public long? TestRows { get; set; }

        /// <summary><c>decisionThreshold</c>; null when label-only.</summary>
        public double? DecisionThreshold { get; set; }

        /// <summary><c>metrics</c>: the overall metrics by name, in file order; null values are undefined metrics.</summary>
        public IReadOnlyList<NamedValue<double?>>? Metrics { get; set; }

        /// <summary><c>confusion</c>.</summary>
        public ConfusionRecord? Confusion { get; set; }

        /// <summary><c>business</c>; null without a business section.</summary>
        public BusinessRecord? Business { get; set; }

        /// <summary><c>groups</c>: the figures of each group (<c>groups.&lt;grouping&gt;.&lt;group&gt;</c>; empty without sensitive attributes).</summary>
        public IReadOnlyList<NamedValue<IReadOnlyList<NamedValue<GroupFiguresRecord>>>>? Groups { get; set; }

        /// <summary><c>fairness</c>; null without sensitive attributes.</summary>
        public FairnessRecord? Fairness { get; set; }

        /// <summary><c>gates</c>, in manifest order.</summary>
        public IReadOnlyList<GateResultRecord>? Gates { get; set; }

        /// <summary><c>settings</c> of the run.</summary>
        public SettingsRecord? Settings { get; set; }

        /// <summary><c>policy</c>: the nearest policy, with every policy applied; null without a policy.</summary>
        public PolicyRecord? Policy { get; set; }

        /// <summary><c>passed</c>: true when no gate failed.</summary>
        public bool? Passed { get; set; }
    }
}
