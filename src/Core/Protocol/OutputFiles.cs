namespace AiFactory.Core.Protocol
{
    /// <summary>
    /// The names of the files the build writes: in the output folder (AiFactoryOutputPath, the public contract) and in
    /// the state folder under obj/ (private to the build). One list, used by the runner, the tasks and the clean target.
    /// </summary>
    internal static class OutputFiles
    {
        /// <summary>Output folder: the gate results (the machine-readable contract).</summary>
        public const string Results = "results.json";

        /// <summary>Output folder: where and when results.json was written (commit, dirty tree, time) and its hash.</summary>
        public const string Provenance = "provenance.json";

        /// <summary>Output folder: the trained ML.NET model.</summary>
        public const string Model = "model.zip";

        /// <summary>Output folder: what training recorded about the model.</summary>
        public const string ModelInfo = "model.json";

        /// <summary>Output folder: the test set's labels, scores and sensitive attributes.</summary>
        public const string Predictions = "predictions.csv";

        /// <summary>Output folder: each test row's label, score and predicted label, the evidence a baseline brings for paired comparisons.</summary>
        public const string TestScores = "test-scores.csv";

        /// <summary>Output folder: the data profile as a page for reviewers (docs/data-profile.md).</summary>
        public const string DataProfile = "data-profile.md";

        /// <summary>Output folder: the model card, written from the run record and the manifest (docs/model-card.md).</summary>
        public const string ModelCard = "model-card.md";

        /// <summary>State folder: the evaluation the check stage judges.</summary>
        public const string EvaluationRecord = "evaluation.json";

        /// <summary>State folder: the bootstrap intervals of the fairness figures the check stage judges.</summary>
        public const string UncertaintyRecord = "uncertainty.json";

        /// <summary>State folder: the uncertainty fingerprint (evaluation plus interval settings), rewritten only when it changes.</summary>
        public const string UncertaintyStamp = "uncertainty.fingerprint";

        /// <summary>State folder: the one-line gate summary a build that passed its gates prints (docs/terminal.md).</summary>
        public const string GateSummary = "gates.summary";

        /// <summary>State folder: the training fingerprint, rewritten only when it changes.</summary>
        public const string TrainingStamp = "training.fingerprint";

        /// <summary>State folder: the evaluation fingerprint, rewritten only when it changes.</summary>
        public const string EvaluationStamp = "evaluation.fingerprint";

        /// <summary>State folder: what the last prepare found (source, package version, fingerprints), as key=value lines.</summary>
        public const string PreparedState = "prepared.state";

        /// <summary>State folder: the files the last prepare read, one per line: inputs of the prepare and check targets.</summary>
        public const string PreparedInputs = "prepared.inputs";

        /// <summary>State folder: the build settings the stages depend on, rewritten only when they change.</summary>
        public const string SettingsStamp = "settings.stamp";

        /// <summary>State folder: present only while the gates passed under the current inputs.</summary>
        public const string CheckPassed = "check.passed";

        /// <summary>State folder: cached content hashes of input files.</summary>
        public const string FileHashCache = "filehashes.cache";

        /// <summary>State folder: a line per stage run (train, evaluate), for tests and troubleshooting.</summary>
        public const string RunLog = "runs.log";

        /// <summary>State folder: the full details of the last unexpected failure.</summary>
        public const string ErrorLog = "last-error.log";
    }
}
