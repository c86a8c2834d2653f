namespace AiFactory.Core.Gates
{
    /// <summary>The outcome of one gate.</summary>
    internal enum GateStatus
    {
        /// <summary>The value is on the allowed side of the threshold.</summary>
        Passed,

        /// <summary>The value is on the wrong side of the threshold, or could not be judged.</summary>
        Failed,

        /// <summary>Met a setting looser than the policy's, which a standing waiver allows: not failed, and never passed.</summary>
        Waived,

        /// <summary>Too little data to decide; the gate neither passes nor fails on it.</summary>
        InsufficientData,
    }
}
