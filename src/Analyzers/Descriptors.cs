using AiFactory.Manifest.Diagnostics;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers
{
    /// <summary>
    /// Every rule's descriptor. Codes and titles come from <see cref="DiagnosticIds"/>, the product's one list of codes,
    /// so the analyzers, the build and the documentation cannot disagree.
    /// </summary>
    public static class Descriptors
    {
        /// <summary>Reproducibility: seeds and thread counts.</summary>
        public const string ReproducibilityCategory = "Reproducibility";

        /// <summary>Fairness: sensitive attributes.</summary>
        public const string FairnessCategory = "Fairness";

        /// <summary>Validation: what a model is trained and judged on.</summary>
        public const string ValidationCategory = "Validation";

        /// <summary>Lineage: where data comes from.</summary>
        public const string LineageCategory = "Lineage";

        /// <summary>The manifest, aifactory.json.</summary>
        public const string ManifestCategory = "Manifest";

        /// <summary>The diagnostic property that carries the manifest's seed to the code fixes.</summary>
        public const string SeedProperty = "Seed";

        /// <summary>
        /// The diagnostic property ("true") of an AIF1002/AIF1007 finding whose column carries the forbidden column and
        /// nothing else, so that leaving it out of the features removes exactly that (the AIF1007 code fix needs it).
        /// </summary>
        public const string OnlyForbiddenProperty = "OnlyForbidden";

        /// <summary>AIF1001.</summary>
        public static readonly DiagnosticDescriptor UnseededMLContext = new DiagnosticDescriptor(
            DiagnosticIds.UnseededMLContext,
            DiagnosticIds.Titles[DiagnosticIds.UnseededMLContext],
            "This MLContext has no seed, so its shuffles, splits and trainers give a different model on every run; pass a seed, or use the seeded MLContext the factory passes to BuildPipeline",
            ReproducibilityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An MLContext created without a seed draws its random numbers from a new random source on every run: shuffles, splits, initial weights and sampling differ, so two builds of the same code and data give different models and figures.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnseededMLContext));

        /// <summary>AIF1002.</summary>
        public static readonly DiagnosticDescriptor SensitiveAttributeAsFeature = new DiagnosticDescriptor(
            DiagnosticIds.SensitiveAttributeAsFeature,
            DiagnosticIds.Titles[DiagnosticIds.SensitiveAttributeAsFeature],
            "{0} reaches the features column '{1}'; leave it out of the features (it stays in the data, so the fairness gates can still use it)",
            FairnessCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A column that aifactory.json declares sensitive (data.sensitive) is concatenated into the model's features, directly or through a transform: the model can then decide on the attribute itself.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.SensitiveAttributeAsFeature));

        /// <summary>AIF1003.</summary>
        public static readonly DiagnosticDescriptor EvaluationOnTrainingData = new DiagnosticDescriptor(
            DiagnosticIds.EvaluationOnTrainingData,
            DiagnosticIds.Titles[DiagnosticIds.EvaluationOnTrainingData],
            "{0}: metrics measured on training data overstate how the model does on new data; evaluate on held-out data such as a TrainTestSplit's TestSet",
            ValidationCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The data a model was fitted on (or a part of it) is scored and evaluated: the figures describe how well the model remembers its training rows, not how it will do in production.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EvaluationOnTrainingData));

        /// <summary>AIF1004.</summary>
        public static readonly DiagnosticDescriptor AbsoluteDataPath = new DiagnosticDescriptor(
            DiagnosticIds.AbsoluteDataPath,
            DiagnosticIds.Titles[DiagnosticIds.AbsoluteDataPath],
            "'{0}' is a hard-coded absolute path: it exists only on one machine and the build cannot record where the data came from; declare data files in aifactory.json (data.train, data.test) or take paths relative to the project",
            LineageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Data paths belong to the manifest, which the build fingerprints and checks. An absolute path in code escapes that lineage and breaks on every other machine and in CI.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.AbsoluteDataPath));

        /// <summary>AIF1005.</summary>
        public static readonly DiagnosticDescriptor UnseededDataOperation = new DiagnosticDescriptor(
            DiagnosticIds.UnseededDataOperation,
            DiagnosticIds.Titles[DiagnosticIds.UnseededDataOperation],
            "{0} has no seed: it draws one from the MLContext, so its result changes when the context is unseeded or when any earlier random draw is added or removed; pass seed: explicitly",
            ReproducibilityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Without its own seed, a split, shuffle, bootstrap sample or cross-validation takes the next number from the MLContext's random source: which rows land where depends on everything random that ran before it.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnseededDataOperation));

        /// <summary>AIF1006.</summary>
        public static readonly DiagnosticDescriptor ManifestProblem = new DiagnosticDescriptor(
            DiagnosticIds.ManifestProblem,
            DiagnosticIds.Titles[DiagnosticIds.ManifestProblem],
            "{0}: {1}",
            ManifestCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The build refuses this aifactory.json (the code after AIF1006 is the build's own diagnostic). Shown while editing; a command-line build reports the same problem once, from the build itself.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ManifestProblem));

        /// <summary>AIF1007.</summary>
        public static readonly DiagnosticDescriptor LabelAsFeature = new DiagnosticDescriptor(
            DiagnosticIds.LabelAsFeature,
            DiagnosticIds.Titles[DiagnosticIds.LabelAsFeature],
            "{0} reaches the features column '{1}': the model would read the answer from its input and score far better in evaluation than in production; leave the label out of the features",
            ValidationCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The label declared in aifactory.json (data.label) is concatenated into the model's features, directly or through a transform: target leakage.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.LabelAsFeature));

        /// <summary>AIF1008.</summary>
        public static readonly DiagnosticDescriptor NondeterministicTrainer = new DiagnosticDescriptor(
            DiagnosticIds.NondeterministicTrainer,
            DiagnosticIds.Titles[DiagnosticIds.NondeterministicTrainer],
            "{0} uses several threads unless NumberOfThreads is 1, and then its model depends on thread scheduling; pass options with NumberOfThreads = 1",
            ReproducibilityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "SDCA and SGD trainers update their weights from several threads without locks when NumberOfThreads is not 1 (ML.NET: \"determinism is not guaranteed\"): the same data and seed give a different model on each run.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NondeterministicTrainer));
    }
}
