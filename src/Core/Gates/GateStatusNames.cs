using System;

namespace AiFactory.Core.Gates
{
    /// <summary>The names gate statuses have in results.json.</summary>
    internal static class GateStatusNames
    {
        /// <summary><c>"passed"</c>, <c>"failed"</c>, <c>"waived"</c> or <c>"insufficient-data"</c>.</summary>
        public static string Of(GateStatus status)
        {
            switch (status)
            {
                case GateStatus.Passed: return "passed";
                case GateStatus.Failed: return "failed";
                case GateStatus.Waived: return "waived";
                case GateStatus.InsufficientData: return "insufficient-data";
                default: throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown gate status.");
            }
        }
    }
}
