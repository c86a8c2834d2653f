using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>An entry of <c>gates.metrics</c>: inclusive bounds on an overall metric.</summary>
    internal sealed class MetricGate
    {
        /// <summary>Creates a gate for a metric (its canonical name from <see cref="MetricNames"/>).</summary>
        public MetricGate(string metric)
        {
            Metric = metric;
        }

        /// <summary>Canonical metric name.</summary>
        public string Metric { get; }

        /// <summary>Where the metric's entry was written (the position of its name in the manifest).</summary>
        public SourceLocation? Location { get; set; }

        /// <summary><c>min</c>: passes when value ≥ min.</summary>
        public Bound? Min { get; set; }

        /// <summary><c>max</c>: passes when value ≤ max.</summary>
        public Bound? Max { get; set; }
    }
}
