namespace AiFactory.Core.Gates
{
    /// <summary>
    /// One kind of gate (<c>gates.metrics</c>, <c>gates.baseline</c>, …), registered in <see cref="GateKindRegistry"/>: its
    /// judge turns a <see cref="GateContext"/> into typed outcomes, and its <see cref="Messages"/> put them in words.
    /// </summary>
    internal interface IGateKind
    {
        /// <summary>The kind's name, one of <see cref="GateKinds"/>, written into each of its gates' <see cref="GateResult.Kind"/>.</summary>
        string Name { get; }

        /// <summary>The formatter of this kind's outcomes.</summary>
        GateMessages Messages { get; }

        /// <summary>
        /// Judges every gate of this kind the manifest sets: the gate results and the notices (diagnostics without a
        /// gate), in the order they are reported, each with its facts and without any message.
        /// </summary>
        GateOutcomes Judge(GateContext context);
    }
}
