using System.Collections.Generic;

namespace AiFactory.Manifest.Reading
{
    /// <summary>The string values aifactory.json allows where a key takes one of a fixed set.</summary>
    public static class ManifestValues
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
    }
}
