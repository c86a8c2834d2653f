using System.Collections.Generic;

namespace AiFactory.Manifest.Reading
{
    /// <summary>The string values aifactory.json allows where a key takes one of a fixed set.</summary>
    internal static class ManifestValues
    {
        /// <summary><c>model.task</c> values that work today.</summary>
        public static readonly IReadOnlyList<string> Tasks = new[] { "binary-classification" };

        /// <summary><c>model.task</c> values the design names whose support is not released yet (error AIF2009).</summary>
        public static readonly IReadOnlyList<string> TasksNotSupportedYet = new[] { "regression", "multiclass-classification", "ranking" };

        /// <summary><c>model.source</c> values that work today.</summary>
        public static readonly IReadOnlyList<string> Sources = new[] { "mlnet", "predictions" };

        /// <summary><c>model.source</c> values not released yet (error AIF2009).</summary>
        public static readonly IReadOnlyList<string> SourcesNotSupportedYet = new[] { "onnx" };

        /// <summary>Column types of <c>data.columns</c> that work today.</summary>
        public static readonly IReadOnlyList<string> ColumnTypes = new[] { "number", "category" };

        /// <summary>Column types not released yet (error AIF2009).</summary>
        public static readonly IReadOnlyList<string> ColumnTypesNotSupportedYet = new[] { "text", "boolean", "date" };

        /// <summary><c>data.onBadRow</c> values: fail on the first unreadable row, or skip and report such rows.</summary>
        public static readonly IReadOnlyList<string> BadRowActions = new[] { "error", "skip" };

        /// <summary><c>gates.fairness.judging</c> values: how a fairness gate weighs the uncertainty of its figure.</summary>
        public static readonly IReadOnlyList<string> JudgingModes = new[] { "pointEstimate", "benefitOfTheDoubt", "burdenOfProof" };

        /// <summary><c>gates.fairness.relativeTo</c> values: between groups (the default) or every group to the whole test set.</summary>
        public static readonly IReadOnlyList<string> FairnessReferences = new[] { "groups", "overall" };

        /// <summary><c>gates.fairness.onInsufficientData</c> values.</summary>
        public static readonly IReadOnlyList<string> InsufficientDataActions = new[] { "fail", "warn", "ignore" };
    }
}
