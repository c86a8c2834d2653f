using System;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Draws of Multinomial(n, observed shares) over k cells: what resampling n rows with replacement does to the
    /// counts of the cells they fall in. Drawn as k − 1 conditional binomials (cell c gets Bin(rows left, its count ÷
    /// the counts of cells c and after)), each O(1) with <see cref="BinomialDraw"/>, so B resamples cost O(B × k)
    /// whatever n. With the four confusion cells of one group this is what <see cref="CountBootstrap"/> draws.
    /// </summary>
    internal sealed class MultinomialDraw
    {
        private readonly long _n;
        private readonly double[] _conditional;
        private readonly BinomialDraw _first;

        /// <summary>Prepares draws with the shares of <paramref name="counts"/> (each 0 or more) and n their sum.</summary>
        public MultinomialDraw(long[] counts)
        {
            if (counts is null) throw new ArgumentNullException(nameof(counts));
            if (counts.Length == 0) throw new ArgumentException("At least one cell.", nameof(counts));
            _conditional = new double[counts.Length];
            long rest = 0;
            for (int c = counts.Length - 1; c >= 0; c--)
            {
                if (counts[c] < 0) throw new ArgumentOutOfRangeException(nameof(counts), counts[c], "Counts are 0 or more.");
                rest += counts[c];
                _conditional[c] = rest == 0 ? 0 : (double)counts[c] / rest;
            }

            _n = rest;
            _first = new BinomialDraw(_n, _conditional[0]); // the same n and p in every resample
        }

        /// <summary>Rows drawn: the sum of the counts.</summary>
        public long Rows => _n;

        /// <summary>Draws one resample's counts into <paramref name="into"/> (one per cell).</summary>
        public void Sample(Xoshiro256StarStar random, long[] into)
        {
            if (random is null) throw new ArgumentNullException(nameof(random));
            if (into is null || into.Length != _conditional.Length) throw new ArgumentException($"{_conditional.Length} cells expected.", nameof(into));
            long left = _n;
            int last = _conditional.Length - 1;
            for (int c = 0; c < last; c++)
            {
                long k = left == 0 ? 0 : c == 0 ? _first.Sample(random) : _conditional[c] >= 1 ? left : BinomialSampler.Sample(random, left, _conditional[c]);
                into[c] = k;
                left -= k;
            }

            into[last] = left;
        }
    }
}
