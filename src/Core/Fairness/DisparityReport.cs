namespace AiFactory.Core.Fairness
{
    /// <summary>A disparity of one grouping: its value, interval and the groups that decided it.</summary>
    internal sealed class DisparityReport
    {
        /// <summary>Creates a disparity's report.</summary>
        public DisparityReport(Disparity disparity, bool computable, double? value, Interval? interval, DisparityDecision? decision)
        {
            Disparity = disparity ?? throw new System.ArgumentNullException(nameof(disparity));
            Computable = computable;
            Value = value;
            Interval = interval;
            Decision = decision;
        }

        /// <summary>The disparity reported.</summary>
        public Disparity Disparity { get; }

        /// <summary>False when the grouping has too few adequate groups (or no adequate reference group) for it.</summary>
        public bool Computable { get; }

        /// <summary>The value; null when not computable or undefined (a ratio of 0 to 0).</summary>
        public double? Value { get; }

        /// <summary>The bootstrap interval, or null when none was estimated.</summary>
        public Interval? Interval { get; }

        /// <summary>The groups that decided it, or null.</summary>
        public DisparityDecision? Decision { get; }
    }
}
