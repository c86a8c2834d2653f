using AiFactory.Core.Gates;
using AiFactory.Core.Results.Record;

namespace AiFactory.Core.Reports
{
    /// <summary>
    /// A recorded gate's figures as every report prints them, in the build messages' conventions: costs grouped and
    /// whole (as the business messages print them), other values with enough decimals that the printed number sits on
    /// the same side of the threshold as the real one (<see cref="GateNumberFormat.Value"/>).
    /// </summary>
    internal static class RecordedGateText
    {
        /// <summary>True for a minimum (<c>&gt;=</c>), false for a maximum.</summary>
        public static bool IsMinimum(GateResultRecord gate) => gate.Comparison == ">=";

        /// <summary>"min" or "max".</summary>
        public static string Bound(GateResultRecord gate) => IsMinimum(gate) ? "min" : "max";

        /// <summary>The threshold, e.g. "0.8" or "40,000".</summary>
        public static string Threshold(GateResultRecord gate) =>
            IsCost(gate) ? GateNumberFormat.GroupedThreshold(gate.Threshold) : GateNumberFormat.Threshold(gate.Threshold);

        /// <summary>A figure of the gate (its value, judged value or an interval bound) compared with its threshold; "undefined" for null.</summary>
        public static string Value(GateResultRecord gate, double? value, int minDecimals = GateNumberFormat.ValueDecimals)
        {
            if (value is not double figure)
            {
                return "undefined";
            }

            return IsCost(gate)
                ? GateNumberFormat.Value(figure, gate.Threshold, minDecimals: 0, grouped: true)
                : GateNumberFormat.Value(figure, gate.Threshold, minDecimals);
        }

        /// <summary>A distance from the threshold, e.g. "0.0880" or "1,250".</summary>
        public static string Amount(GateResultRecord gate, double amount, int decimals = GateNumberFormat.ValueDecimals) =>
            IsCost(gate) ? GateNumberFormat.Fixed(amount, 0, grouped: true) : GateNumberFormat.Fixed(amount, decimals);

        private static bool IsCost(GateResultRecord gate) => gate.Kind == GateKinds.Business;
    }
}
