using System;

namespace AiFactory.Core.Gates
{
    /// <summary>
    /// What a kind's judge found beyond the figures of <see cref="GateResult"/> — why a value is undefined, the rows,
    /// columns or groups that decided — for the kind's <see cref="GateMessages"/> to put in words. Each kind derives its own.
    /// </summary>
    internal abstract class GateFacts
    {
        /// <summary>The facts of <paramref name="gate"/>, which its kind's judge left as a <typeparamref name="T"/>.</summary>
        public static T Of<T>(GateResult gate)
            where T : GateFacts =>
            gate?.Facts as T ?? throw new InvalidOperationException($"The gate {gate?.Id} carries no {typeof(T).Name}.");

        /// <summary>The facts of <paramref name="notice"/>, which its kind's judge left as a <typeparamref name="T"/>.</summary>
        public static T Of<T>(GateNotice notice)
            where T : GateFacts =>
            notice?.Facts as T ?? throw new InvalidOperationException($"The notice {notice?.Code} carries no {typeof(T).Name}.");
    }
}
