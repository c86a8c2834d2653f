namespace AiFactory.Core.DataChecks
{
    /// <summary>The 64-bit mixing used to hash rows and to deal rows to folds (SplitMix64's finaliser).</summary>
    internal static class RowHash
    {
        /// <summary>Scrambles 64 bits so that every input bit affects every output bit.</summary>
        public static ulong Mix(ulong x)
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }

        /// <summary>Adds a value to a running hash.</summary>
        public static ulong Combine(ulong hash, ulong value) => Mix(hash ^ value);
    }
}
