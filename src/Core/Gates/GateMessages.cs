using System;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// A gate kind's formatter: turns the outcomes its judge left (a <see cref="GateResult"/> with its facts, a
    /// <see cref="GateNotice"/>) into the message a diagnostic and results.json show, and nothing else.
    /// </summary>
    internal abstract class GateMessages
    {
        /// <summary>The message of a gate.</summary>
        public abstract string Of(GateResult gate);

        /// <summary>The message of a notice; a kind that reports none need not override it.</summary>
        public virtual string Of(GateNotice notice) =>
            throw new InvalidOperationException($"This gate kind reports no notices ({notice?.Code}).");
    }
}
