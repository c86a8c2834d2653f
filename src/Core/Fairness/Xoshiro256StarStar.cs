using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a small, fast generator whose sequence is fixed by
    /// its definition — unlike System.Random, it is the same on every runtime, so a seeded bootstrap gives the same
    /// intervals in the runner and in tests.
    /// </summary>
    internal sealed class Xoshiro256StarStar
    {
        private ulong _s0, _s1, _s2, _s3;

        /// <summary>Creates a generator from a 64-bit seed (expanded with SplitMix64, so any seed is fine, 0 included).</summary>
        public Xoshiro256StarStar(ulong seed)
        {
            ulong x = seed;
            _s0 = SplitMix64(ref x);
            _s1 = SplitMix64(ref x);
            _s2 = SplitMix64(ref x);
            _s3 = SplitMix64(ref x);
        }

        /// <summary>How many 64-bit values were drawn so far (tests use it to show a sampler's cost per draw).</summary>
        public long Draws { get; private set; }

        /// <summary>The next 64 random bits.</summary>
        public ulong NextUInt64()
        {
            Draws++;
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }

        /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Mixes a seed and a text (a grouping's name) into one seed, so each grouping gets its own stream.</summary>
        public static ulong Mix(long seed, string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            // FNV-1a over the UTF-16 code units: stable, unlike string.GetHashCode.
            ulong hash = 14695981039346656037UL;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            ulong x = unchecked((ulong)seed) ^ hash;
            return SplitMix64(ref x);
        }

        private static ulong SplitMix64(ref ulong x)
        {
            x += 0x9E3779B97F4A7C15UL;
            ulong z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
    }
}
