using System;
using System.Collections.Generic;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Draws of Multinomial(n, observed shares) over k cells: what resampling n rows with replacement does to the
    /// counts of the cells they fall in. Drawn as k − 1 conditional binomials (cell c gets Bin(rows left, its count ÷
    /// the counts of cells c and after)), each O(1) with <see cref="BinomialDraw"/>, so B resamples cost O(B × k)
    /// whatever n. With the four confusion cells of one group this is what <see cref="CountBootstrap"/> draws. When the
    /// rows are few for the cells (n below <see cref="RowsPerCellForBinomials"/> × k) each row's cell is drawn instead, in
    /// O(1) by Walker's alias method (Vose's construction), which is then the cheaper of the two exact draws.
    /// </summary>
    internal sealed class MultinomialDraw
    {
        private readonly long _n;
        private readonly double[] _conditional;
        private readonly BinomialDraw _first;
        private readonly double[]? _aliasShare;
        private readonly int[]? _alias;

        /// <summary>Below this many rows per cell a resample draws each row's cell rather than a binomial per cell.</summary>
        public const int RowsPerCellForBinomials = 20;

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
            if (_n > 0 && _n < (long)RowsPerCellForBinomials * counts.Length)
            {
                BuildAlias(counts, _n, out _aliasShare, out _alias);
            }
        }

        /// <summary>Vose's alias table: cell c is drawn with probability (share[c] + Σ over cells aliased to c of 1 − share) / k = counts[c] / n.</summary>
        private static void BuildAlias(long[] counts, long n, out double[] share, out int[] alias)
        {
            int k = counts.Length;
            share = new double[k];
            alias = new int[k];
            var small = new Stack<int>();
            var large = new Stack<int>();
            for (int c = 0; c < k; c++)
            {
                share[c] = (double)counts[c] * k / n;
                alias[c] = c;
                (share[c] < 1 ? small : large).Push(c);
            }

            while (small.Count > 0 && large.Count > 0)
            {
                int s = small.Pop(), l = large.Peek();
                alias[s] = l;
                share[l] -= 1 - share[s];
                if (share[l] < 1)
                {
                    large.Pop();
                    small.Push(l);
                }
            }

            // What is left is 1 up to rounding.
            foreach (int c in large) share[c] = 1;
            foreach (int c in small) share[c] = 1;
        }

        /// <summary>Rows drawn: the sum of the counts.</summary>
        public long Rows => _n;

        /// <summary>Draws one resample's counts into <paramref name="into"/> (one per cell).</summary>
        public void Sample(Xoshiro256StarStar random, long[] into)
        {
            if (random is null) throw new ArgumentNullException(nameof(random));
            if (into is null || into.Length != _conditional.Length) throw new ArgumentException($"{_conditional.Length} cells expected.", nameof(into));
            if (_alias != null)
            {
                int k = _alias.Length;
                System.Array.Clear(into, 0, k);
                for (long r = 0; r < _n; r++)
                {
                    double x = random.NextDouble() * k;
                    int c = (int)x;
                    if (c >= k) c = k - 1;
                    into[x - c < _aliasShare![c] ? c : _alias[c]]++;
                }

                return;
            }

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
