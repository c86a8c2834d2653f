namespace AiFactory.Core.Gates
{
    /// <summary>
    /// A gate kind that judges figures with their intervals (<see cref="GateVerdict"/>): it names the warning the build
    /// gives when one of its gates passes on the interval alone — the measured figure misses the bound, the interval
    /// reaches back across it (benefit of the doubt). A kind that never weighs an interval does not implement it.
    /// </summary>
    internal interface IIntervalGateKind : IGateKind
    {
        /// <summary>The warning code of a gate of this kind that passed only on its interval.</summary>
        string PassedOnIntervalCode { get; }
    }
}
