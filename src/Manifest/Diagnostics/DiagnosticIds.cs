using System.Collections.Generic;

namespace AiFactory.Manifest.Diagnostics
{
    /// <summary>
    /// Every diagnostic code of the product, in one place. Ranges: AIF1xxx analyzers, AIF2xxx manifest and project
    /// setup, AIF3xxx data, AIF4xxx metrics, baseline, business and the build's own stages, AIF5xxx fairness, AIF6xxx governance (policy waivers). Each code has a page
    /// docs/diagnostics/CODE.md (a test checks both directions).
    /// </summary>
    internal static class DiagnosticIds
    {
        /// <summary>Where the documentation pages live; a code's page is this plus <c>CODE.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/aifactory-build/aifactory-build/blob/main/docs/diagnostics/";

        // AIF1xxx: analyzers (the model project's code, in the IDE and in the compiler).
        /// <summary>An MLContext created without a seed.</summary>
        public const string UnseededMLContext = "AIF1001";
        /// <summary>A sensitive attribute declared in aifactory.json reaches the model's features.</summary>
        public const string SensitiveAttributeAsFeature = "AIF1002";
        /// <summary>The data a model was fitted on is also the data it is evaluated on.</summary>
        public const string EvaluationOnTrainingData = "AIF1003";
        /// <summary>A hard-coded absolute data path in code.</summary>
        public const string AbsoluteDataPath = "AIF1004";
        /// <summary>A split, shuffle, sample or cross-validation without its own seed.</summary>
        public const string UnseededDataOperation = "AIF1005";
        /// <summary>A problem in aifactory.json, shown by the analyzer at its place in the manifest.</summary>
        public const string ManifestProblem = "AIF1006";
        /// <summary>The label declared in aifactory.json reaches the model's features.</summary>
        public const string LabelAsFeature = "AIF1007";
        /// <summary>A trainer whose result depends on thread scheduling runs on several threads.</summary>
        public const string NondeterministicTrainer = "AIF1008";

        // AIF2xxx: the manifest and the project's setup.
        /// <summary>aifactory.json is not valid JSON (comments and trailing commas are allowed).</summary>
        public const string InvalidJson = "AIF2001";
        /// <summary>A key the manifest format does not have.</summary>
        public const string UnknownKey = "AIF2002";
        /// <summary>A metric name the gates do not know.</summary>
        public const string UnknownMetric = "AIF2003";
        /// <summary>A value of the wrong JSON type.</summary>
        public const string WrongType = "AIF2004";
        /// <summary>A number outside the range its key allows.</summary>
        public const string OutOfRange = "AIF2005";
        /// <summary>A required key is missing.</summary>
        public const string MissingKey = "AIF2006";
        /// <summary>A file the manifest names does not exist.</summary>
        public const string FileNotFound = "AIF2007";
        /// <summary>A data path outside the repository and outside every allowed data root.</summary>
        public const string PathOutsideRepository = "AIF2008";
        /// <summary>A documented key or value whose feature does not exist yet.</summary>
        public const string NotSupportedYet = "AIF2009";
        /// <summary>A string value that is not one of the allowed values.</summary>
        public const string InvalidValue = "AIF2010";
        /// <summary>The project has no aifactory.json.</summary>
        public const string ManifestNotFound = "AIF2011";
        /// <summary>The same key twice in one object.</summary>
        public const string DuplicateKey = "AIF2012";
        /// <summary>Keys that contradict each other (min above max, score and prediction both, ...).</summary>
        public const string ConflictingKeys = "AIF2013";
        /// <summary>The model project has no class implementing IModelPipeline.</summary>
        public const string NoPipeline = "AIF2020";
        /// <summary>The model project has more than one class implementing IModelPipeline.</summary>
        public const string MultiplePipelines = "AIF2021";
        /// <summary>The model project is not an executable, so the build cannot start it to train.</summary>
        public const string ProjectNotExecutable = "AIF2022";
        /// <summary>The manifest loosens a setting of the policy above it, with no waiver.</summary>
        public const string PolicyLoosened = "AIF2023";
        /// <summary>A gate the policy requires is missing, or cannot apply to the model.</summary>
        public const string RequiredGateMissing = "AIF2024";
        /// <summary>A gate of the policy cannot apply to this model and is skipped.</summary>
        public const string PolicyGateNotApplicable = "AIF2025";
        /// <summary>The policy forbids reporting failed gates as warnings in this build.</summary>
        public const string GateDemotionForbidden = "AIF2026";
        /// <summary>The policy forbids skipping training in this build.</summary>
        public const string SkipTrainingForbidden = "AIF2027";
        /// <summary>An entry of aifactory.waivers.json is incomplete or malformed.</summary>
        public const string InvalidWaiver = "AIF2028";
        /// <summary>A build turns governance off (AiFactoryEnabled=false, or the factory's entry point replaced) under a policy: error, warning or message by build.optOut.</summary>
        public const string GovernanceOptOut = "AIF2029";
        /// <summary>The gates of a model under a policy were not judged for its current inputs in this build (stages removed, skipped or bypassed).</summary>
        public const string GovernanceBypassed = "AIF2030";
        /// <summary>A model under a policy has no gate left to judge it.</summary>
        public const string NothingJudged = "AIF2031";
        /// <summary>A model project of a hub does not import AiFactory.Build.</summary>
        public const string HubModelUngoverned = "AIF2032";
        /// <summary>A field of the model card that the model's risk tier requires is not written in aifactory.json.</summary>
        public const string CardFieldMissing = "AIF2033";
        /// <summary>A build input (the compiled model, a data file) stayed unreadable: another process, usually another build of the project, holds it.</summary>
        public const string BuildInputInUse = "AIF2036";

        // AIF3xxx: data files.
        /// <summary>A data file cannot be read.</summary>
        public const string DataFileUnreadable = "AIF3001";
        /// <summary>A data file is empty or has a header and no rows.</summary>
        public const string DataFileEmpty = "AIF3002";
        /// <summary>A column the manifest needs is not in the data file's header.</summary>
        public const string ColumnMissing = "AIF3003";
        /// <summary>A value in a numeric column is not a number.</summary>
        public const string ValueNotNumeric = "AIF3004";
        /// <summary>A row with a different number of fields than the header.</summary>
        public const string WrongFieldCount = "AIF3005";
        /// <summary>A label value that is neither the positive class nor the one other class.</summary>
        public const string InvalidLabel = "AIF3006";
        /// <summary>The test set holds only one class, so the model cannot be judged.</summary>
        public const string SingleClass = "AIF3007";
        /// <summary>A score outside [0, 1].</summary>
        public const string ScoreOutOfRange = "AIF3008";
        /// <summary>Two columns of the header share a name.</summary>
        public const string DuplicateColumn = "AIF3009";
        /// <summary>The file is not well-formed CSV (unterminated quote, binary content).</summary>
        public const string MalformedCsv = "AIF3010";
        /// <summary>A data file has fewer rows than gates.data.minRows.</summary>
        public const string TooFewRows = "AIF3011";
        /// <summary>A data file or column has more missing values than gates.data.maxMissingRate allows.</summary>
        public const string TooManyMissing = "AIF3012";
        /// <summary>A data file repeats more rows than gates.data.maxDuplicateRate allows.</summary>
        public const string TooManyDuplicates = "AIF3013";
        /// <summary>More test rows also appear in the training data than gates.data.maxOverlapRate allows.</summary>
        public const string TrainTestOverlap = "AIF3014";
        /// <summary>The label's minority class is rarer than gates.data.minMinorityShare.</summary>
        public const string LabelImbalance = "AIF3015";
        /// <summary>A sensitive group has fewer training rows than gates.data.minGroupRows.</summary>
        public const string GroupTooSmall = "AIF3016";
        /// <summary>A single column predicts the label on its own, out of sample: likely leakage.</summary>
        public const string LabelLeakage = "AIF3017";
        /// <summary>A column predicts a sensitive attribute on its own: a proxy of it.</summary>
        public const string SensitiveProxy = "AIF3018";
        /// <summary>Bad rows were skipped because data.onBadRow is "skip".</summary>
        public const string RowsSkipped = "AIF3019";
        /// <summary>A data gate passed only because its interval reaches across the bound (benefit of the doubt).</summary>
        public const string DataPassedOnInterval = "AIF3020";

        // AIF4xxx: metrics, baseline, business and the build's stages.
        /// <summary>A metric is below its minimum.</summary>
        public const string MetricBelowMinimum = "AIF4001";
        /// <summary>A metric is above its maximum.</summary>
        public const string MetricAboveMaximum = "AIF4002";
        /// <summary>A metric dropped more than maxDrop below the baseline.</summary>
        public const string BaselineDrop = "AIF4003";
        /// <summary>A metric gained less than minGain over the baseline.</summary>
        public const string BaselineGain = "AIF4004";
        /// <summary>The baseline results file is not usable.</summary>
        public const string BaselineInvalid = "AIF4005";
        /// <summary>The expected cost per 1,000 decisions is above the maximum.</summary>
        public const string CostAboveMaximum = "AIF4006";
        /// <summary>The evaluation does not match the current inputs, so no gate can be judged.</summary>
        public const string StaleResults = "AIF4007";
        /// <summary>A metric that needs scores asked of label-only predictions.</summary>
        public const string MetricUnavailable = "AIF4008";
        /// <summary>Training or evaluation failed in the model's code.</summary>
        public const string TrainingFailed = "AIF4009";
        /// <summary>Training or evaluation ran past its time limit.</summary>
        public const string TrainingTimedOut = "AIF4010";
        /// <summary>The trained model outputs no probability column.</summary>
        public const string NoProbability = "AIF4011";
        /// <summary>Gates recorded at warning severity (the build was asked to demote them).</summary>
        public const string GatesDemoted = "AIF4012";
        /// <summary>A metric, business or baseline gate passed only because its interval reaches across the bound (benefit of the doubt).</summary>
        public const string MetricPassedOnInterval = "AIF4013";

        /// <summary>The baseline was measured on another test set (other rows) or at another decision threshold.</summary>
        public const string BaselineNotComparable = "AIF4014";

        // AIF5xxx: fairness.
        /// <summary>A demographic parity difference is above its maximum.</summary>
        public const string DemographicParityDifferenceAboveMaximum = "AIF5001";
        /// <summary>A demographic parity ratio is below its minimum.</summary>
        public const string DemographicParityRatioBelowMinimum = "AIF5002";
        /// <summary>An equalized odds difference is above its maximum.</summary>
        public const string EqualizedOddsDifferenceAboveMaximum = "AIF5003";
        /// <summary>An equalized odds ratio is below its minimum.</summary>
        public const string EqualizedOddsRatioBelowMinimum = "AIF5004";
        /// <summary>An equal opportunity difference is above its maximum.</summary>
        public const string EqualOpportunityDifferenceAboveMaximum = "AIF5005";
        /// <summary>A group's disparate impact against the reference group is outside its bounds.</summary>
        public const string DisparateImpactOutOfBounds = "AIF5006";
        /// <summary>A group's metric is below the floor every group must meet.</summary>
        public const string GroupMetricBelowFloor = "AIF5007";
        /// <summary>A group's metric is above the ceiling every group must meet.</summary>
        public const string GroupMetricAboveCeiling = "AIF5008";
        /// <summary>A fairness gate has too few groups with enough data to be judged.</summary>
        public const string FairnessInsufficientData = "AIF5009";
        /// <summary>A group is too small to decide a disparity (insufficient evidence).</summary>
        public const string GroupInsufficientEvidence = "AIF5010";
        /// <summary>A sensitive attribute cannot be split into groups as declared.</summary>
        public const string SensitiveAttributeUngroupable = "AIF5011";
        /// <summary>The reference group of disparate impact is not in the test data.</summary>
        public const string ReferenceGroupNotFound = "AIF5012";
        /// <summary>A fairness gate passed only because its interval reaches across the bound (benefit of the doubt).</summary>
        public const string FairnessPassedOnInterval = "AIF5013";
        /// <summary>A sensitive attribute that no fairness gate judges: nothing in the build compares its groups.</summary>
        public const string SensitiveAttributeUnguarded = "AIF5014";

        // AIF6xxx: governance (approvals, waivers, packaging).
        /// <summary>A setting looser than the policy stands by a waiver: its gates report waived, never passed.</summary>
        public const string GateWaived = "AIF6001";
        /// <summary>The waiver that let a setting be looser than the policy has expired.</summary>
        public const string WaiverExpired = "AIF6002";

        private static readonly Dictionary<string, string> TitlesByCode = new Dictionary<string, string>
        {
            [UnseededMLContext] = "MLContext created without a seed",
            [SensitiveAttributeAsFeature] = "Sensitive attribute used as a feature",
            [EvaluationOnTrainingData] = "Model evaluated on its training data",
            [AbsoluteDataPath] = "Hard-coded absolute data path",
            [UnseededDataOperation] = "Split, shuffle or cross-validation without a seed",
            [ManifestProblem] = "Problem in aifactory.json",
            [LabelAsFeature] = "Label used as a feature",
            [NondeterministicTrainer] = "Trainer not reproducible on several threads",
            [InvalidJson] = "aifactory.json is not valid JSON",
            [UnknownKey] = "Unknown key in aifactory.json",
            [UnknownMetric] = "Unknown metric name",
            [WrongType] = "Value of the wrong type",
            [OutOfRange] = "Value out of range",
            [MissingKey] = "Required key missing",
            [FileNotFound] = "File named in the manifest not found",
            [PathOutsideRepository] = "Data path outside the repository",
            [NotSupportedYet] = "Not supported yet",
            [InvalidValue] = "Value not allowed",
            [ManifestNotFound] = "No aifactory.json in the model project",
            [DuplicateKey] = "Duplicate key",
            [ConflictingKeys] = "Conflicting settings",
            [NoPipeline] = "No model pipeline in the project",
            [MultiplePipelines] = "More than one model pipeline in the project",
            [ProjectNotExecutable] = "Model project is not an executable",
            [PolicyLoosened] = "Manifest loosens the policy",
            [RequiredGateMissing] = "Gate required by the policy is missing",
            [PolicyGateNotApplicable] = "Policy gate does not apply to this model",
            [GateDemotionForbidden] = "Policy forbids demoting gate severity",
            [SkipTrainingForbidden] = "Policy forbids skipping training",
            [InvalidWaiver] = "Malformed waiver",
            [GovernanceOptOut] = "Governance turned off under a policy",
            [GovernanceBypassed] = "Gates of a governed model not judged",
            [NothingJudged] = "Nothing judges the model",
            [HubModelUngoverned] = "Model project of the hub not governed",
            [CardFieldMissing] = "Model card field required by the risk tier is missing",
            [BuildInputInUse] = "Build input held by another process",
            [GateWaived] = "Gate waived",
            [WaiverExpired] = "Waiver expired",
            [DataFileUnreadable] = "Data file cannot be read",
            [DataFileEmpty] = "Data file has no rows",
            [ColumnMissing] = "Column missing from the data file",
            [ValueNotNumeric] = "Value in a numeric column is not a number",
            [WrongFieldCount] = "Row has the wrong number of fields",
            [InvalidLabel] = "Unexpected label value",
            [SingleClass] = "Only one class in the data",
            [ScoreOutOfRange] = "Score outside [0, 1]",
            [DuplicateColumn] = "Duplicate column name",
            [MalformedCsv] = "Malformed CSV",
            [TooFewRows] = "Too few rows in a data file",
            [TooManyMissing] = "Too many missing values",
            [TooManyDuplicates] = "Too many duplicate rows",
            [TrainTestOverlap] = "Test rows also in the training data",
            [LabelImbalance] = "Label classes too imbalanced",
            [GroupTooSmall] = "Sensitive group too small",
            [LabelLeakage] = "A single column predicts the label (leakage)",
            [SensitiveProxy] = "A column is a proxy of a sensitive attribute",
            [RowsSkipped] = "Bad rows skipped",
            [DataPassedOnInterval] = "Data gate passed only on its interval",
            [MetricBelowMinimum] = "Metric below its minimum",
            [MetricAboveMaximum] = "Metric above its maximum",
            [BaselineDrop] = "Metric dropped below the baseline",
            [BaselineGain] = "Metric did not beat the baseline",
            [BaselineInvalid] = "Baseline results not usable",
            [CostAboveMaximum] = "Expected business cost above its maximum",
            [StaleResults] = "Results do not match the current inputs",
            [MetricUnavailable] = "Metric needs scores",
            [TrainingFailed] = "Training or evaluation failed",
            [TrainingTimedOut] = "Training or evaluation timed out",
            [NoProbability] = "Model outputs no probability",
            [GatesDemoted] = "Gate failures demoted to warnings",
            [MetricPassedOnInterval] = "Gate passed only on its interval",
            [BaselineNotComparable] = "Baseline measured on another test set or threshold",
            [DemographicParityDifferenceAboveMaximum] = "Demographic parity difference above its maximum",
            [DemographicParityRatioBelowMinimum] = "Demographic parity ratio below its minimum",
            [EqualizedOddsDifferenceAboveMaximum] = "Equalized odds difference above its maximum",
            [EqualizedOddsRatioBelowMinimum] = "Equalized odds ratio below its minimum",
            [EqualOpportunityDifferenceAboveMaximum] = "Equal opportunity difference above its maximum",
            [DisparateImpactOutOfBounds] = "Disparate impact outside its bounds",
            [GroupMetricBelowFloor] = "A group's metric below its floor",
            [GroupMetricAboveCeiling] = "A group's metric above its ceiling",
            [FairnessInsufficientData] = "Too few groups with enough data to judge a fairness gate",
            [GroupInsufficientEvidence] = "Group too small to decide a disparity",
            [SensitiveAttributeUngroupable] = "Sensitive attribute cannot be grouped",
            [ReferenceGroupNotFound] = "Reference group not in the test data",
            [FairnessPassedOnInterval] = "Fairness gate passed only on its interval",
            [SensitiveAttributeUnguarded] = "Sensitive attribute without a fairness gate",
        };

        /// <summary>Every code with its title.</summary>
        public static IReadOnlyDictionary<string, string> Titles => TitlesByCode;

        /// <summary>The documentation page of a code.</summary>
        public static string HelpLink(string code) => HelpLinkBase + code + ".md";
    }
}
