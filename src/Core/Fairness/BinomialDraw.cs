using System;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Binomial(n, p) draws for one n and p, with the set-up of the algorithm <see cref="BinomialSampler"/> chooses
    /// (BTRS's constants: a square root, three logarithms; or inversion's power) done once. The bootstrap draws each
    /// group's first cell from the same n and p in every resample, so it keeps one of these per group.
    /// </summary>
    internal readonly struct BinomialDraw
    {
        private readonly long _n;
        private readonly bool _complement; // drawn for 1 − p: the result is n minus the draw
        private readonly Method _method;

        // Inversion.
        private readonly double _s;
        private readonly double _inversionA;
        private readonly double _first;

        // BTRS.
        private readonly double _b;
        private readonly double _a;
        private readonly double _c;
        private readonly double _vr;
        private readonly double _alpha;
        private readonly double _lpq;
        private readonly long _m;
        private readonly double _h;

        private enum Method : byte
        {
            Certain,
            Inversion,
            Btrs,
        }

        /// <summary>Prepares draws of Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
        /// <param name="n">Trials, 0 or more.</param>
        /// <param name="p">Success probability in [0, 1].</param>
        [MethodImpl(HotLoops.FullyOptimized)]
        public BinomialDraw(long n, double p)
            : this()
        {
            if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "The number of trials must be 0 or more.");
            if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be in [0, 1].");
            _n = n;
            if (n == 0 || p == 0 || p == 1)
            {
                _method = Method.Certain;
                _complement = p == 1 && n > 0;
                return;
            }

            // Draw the rarer outcome: both algorithms assume p ≤ 1/2.
            _complement = p > 0.5;
            if (_complement) p = 1 - p;
            double q = 1 - p;
            if (n * p < BinomialSampler.InversionLimit)
            {
                _method = Method.Inversion;
                _s = p / q;
                _inversionA = (n + 1) * _s;
                _first = Math.Pow(q, n);
                return;
            }

            _method = Method.Btrs;
            double spq = Math.Sqrt(n * p * q);
            _b = 1.15 + 2.53 * spq;
            _a = -0.0873 + 0.0248 * _b + 0.01 * p;
            _c = n * p + 0.5;
            _vr = 0.92 - 4.2 / _b;
            _alpha = (2.83 + 5.1 / _b) * spq;
            _lpq = Math.Log(p / q);
            _m = (long)Math.Floor((n + 1) * p);
            _h = LogFactorial.Of(_m) + LogFactorial.Of(n - _m);
        }

        /// <summary>One draw.</summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        public long Sample(Xoshiro256StarStar random)
        {
            long draw = _method == Method.Certain ? 0 : _method == Method.Inversion ? Inversion(random) : Btrs(random);
            return _complement ? _n - draw : draw;
        }

        [MethodImpl(HotLoops.FullyOptimized)]
        private long Inversion(Xoshiro256StarStar random)
        {
            while (true)
            {
                double u = random.NextDouble();
                double r = _first;
                long x = 0;
                while (u > r)
                {
                    u -= r;
                    x++;
                    r *= _inversionA / x - _s;
                    if (x > _n || r <= 0)
                    {
                        break; // rounding left mass unassigned: draw again rather than bias the tail
                    }
                }

                if (u <= r && x <= _n)
                {
                    return x;
                }
            }
        }

        [MethodImpl(HotLoops.FullyOptimized)]
        private long Btrs(Xoshiro256StarStar random)
        {
            while (true)
            {
                double u = random.NextDouble() - 0.5;
                double v = random.NextDouble();
                double us = 0.5 - Math.Abs(u);
                double kd = Math.Floor((2 * _a / us + _b) * u + _c);
                if (kd < 0 || kd > _n)
                {
                    continue;
                }

                long k = (long)kd;
                if (us >= 0.07 && v <= _vr)
                {
                    return k; // the squeeze: accepted without evaluating the probabilities
                }

                v = Math.Log(v * _alpha / (_a / (us * us) + _b));
                if (v <= _h - LogFactorial.Of(k) - LogFactorial.Of(_n - k) + (k - _m) * _lpq)
                {
                    return k;
                }
            }
        }
    }
}
