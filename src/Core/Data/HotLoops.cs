using System.Runtime.CompilerServices;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// How methods whose work is one long loop over the rows are compiled. Such a method runs once or twice per build, so
    /// tiered compilation would run it unoptimized and switch to optimized code in the middle of its loop (on-stack
    /// replacement), which optimizes the loop less well than compiling the method fully optimized from the start.
    /// </summary>
    internal static class HotLoops
    {
        /// <summary>MethodImplOptions.AggressiveOptimization (netstandard2.0 lacks the name; the runtimes that run this honour the value).</summary>
        public const MethodImplOptions FullyOptimized = (MethodImplOptions)512;
    }
}
