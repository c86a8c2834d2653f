using System.Globalization;

namespace AiFactory.Testing
{
    /// <summary>One gate as the model's build judged it: an entry of <c>gates</c> in results.json (docs/results.md).</summary>
    public sealed class GateRecord
    {
        /// <summary>Statuses that do not fail the build, and so do not fail the gate's test.</summary>
        private static readonly string[] NonFailingStatuses = { "passed", "waived", "insufficient-data" };

        /// <summary>Creates a record.</summary>
        public GateRecord(string id, string kind, string metric, double? value, double? judgedValue, double? threshold,
            string comparison, string status, GateLocation? location, string? code, string message)
        {
            Id = id;
            Kind = kind;
            Metric = metric;
            Value = value;
            JudgedValue = judgedValue;
            Threshold = threshold;
            Comparison = comparison;
            Status = status;
            Location = location;
            Code = code;
            Message = message;
        }

        /// <summary>The gate's stable identifier, e.g. <c>metrics.auc.min</c>.</summary>
        public string Id { get; }

        /// <summary>The kind of gate, e.g. <c>metric</c>, <c>baseline</c>, <c>business</c>.</summary>
        public string Kind { get; }

        /// <summary>The metric judged.</summary>
        public string Metric { get; }

        /// <summary>The measured value; null when undefined.</summary>
        public double? Value { get; }

        /// <summary>The value compared with the threshold (for baseline gates, the change from the baseline).</summary>
        public double? JudgedValue { get; }

        /// <summary>The threshold from the manifest.</summary>
        public double? Threshold { get; }

        /// <summary><c>&gt;=</c> for a minimum, <c>&lt;=</c> for a maximum.</summary>
        public string Comparison { get; }

        /// <summary><c>passed</c>, <c>failed</c>, <c>waived</c> or <c>insufficient-data</c>.</summary>
        public string Status { get; }

        /// <summary>Where the threshold was set; null when results.json gives no location.</summary>
        public GateLocation? Location { get; }

        /// <summary>The diagnostic code of a failed gate, e.g. AIF4001.</summary>
        public string? Code { get; }

        /// <summary>What the build found, in words.</summary>
        public string Message { get; }

        /// <summary>
        /// True unless the gate failed. Waived gates and gates with too little data to decide don't fail the build,
        /// so their tests pass; a status this version does not know fails, since a gate that cannot be read cannot pass.
        /// </summary>
        public bool Passed => System.Array.IndexOf(NonFailingStatuses, Status) >= 0;

        /// <summary>The error line as the build prints it: <c>file(line,col): error CODE: message</c>.</summary>
        public string BuildErrorLine
        {
            get
            {
                string error = Code is null ? "error" : "error " + Code;
                return Location is null ? $"{error}: {Message}" : $"{Location}: {error}: {Message}";
            }
        }

        /// <summary>The gate's figures in one line: value, judged value, threshold.</summary>
        public string Figures
        {
            get
            {
                string judged = JudgedValue.HasValue && JudgedValue != Value ? $", judged {Format(JudgedValue)}" : "";
                return $"value {Format(Value)} ({Metric}){judged}, threshold {Comparison} {Format(Threshold)}, status {Status}";
            }
        }

        /// <inheritdoc />
        public override string ToString() => $"{Id}: {Figures}";

        private static string Format(double? number) =>
            number.HasValue ? number.Value.ToString("R", CultureInfo.InvariantCulture) : "undefined";
    }
}
