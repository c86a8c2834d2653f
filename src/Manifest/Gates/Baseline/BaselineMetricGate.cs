using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>An entry of <c>gates.baseline</c>: how a metric must compare with the baseline's.</summary>
    internal sealed class BaselineMetricGate
    {
        /// <summary>Creates a gate for a metric (its canonical name).</summary>
        public BaselineMetricGate(string metric)
        {
            Metric = metric;
        }

        /// <summary>Canonical metric name.</summary>
        public string Metric { get; }

        /// <summary>Where the metric's entry was written (the position of its name in the manifest).</summary>
        public SourceLocation? Location { get; set; }

        /// <summary><c>maxDrop</c>: worse than the baseline by at most this (worse means lower, or higher for logLoss).</summary>
        public Bound? MaxDrop { get; set; }

        /// <summary><c>minGain</c>: better than the baseline by at least this.</summary>
        public Bound? MinGain { get; set; }
    }
}
