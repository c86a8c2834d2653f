namespace AiFactory.Core.Gates.Kinds.Baseline
{
    /// <summary>How far a baseline gate got: what its message explains.</summary>
    internal enum BaselineFinding
    {
        /// <summary>The metric needs scores and the predictions are labels only (AIF4008).</summary>
        ScoresMissing,

        /// <summary>The baseline file could not be used: unreadable, or measured on other rows or at another threshold.</summary>
        FileUnusable,

        /// <summary>The baseline has no value of the metric under "metrics".</summary>
        NotInBaseline,

        /// <summary>The baseline records the metric as null (undefined when it was evaluated).</summary>
        UndefinedInBaseline,

        /// <summary>This model's value of the metric is undefined.</summary>
        ValueUndefined,

        /// <summary>The change from the baseline was computed and judged.</summary>
        Compared,
    }
}
