using System;

namespace AiFactory.Core.Metrics
{
    /// <summary>
    /// Neumaier's compensated summation: a running sum that carries the low-order bits plain addition drops, so
    /// summing a million log-likelihood terms loses no more than a rounding or two.
    /// </summary>
    internal struct CompensatedSum
    {
        private double _sum;
        private double _compensation;

        /// <summary>The sum so far.</summary>
        public double Value => _sum + _compensation;

        /// <summary>Adds a term.</summary>
        public void Add(double term)
        {
            double t = _sum + term;
            // Whichever operand is larger keeps its bits; recover what the smaller one lost.
            if (Math.Abs(_sum) >= Math.Abs(term))
            {
                _compensation += (_sum - t) + term;
            }
            else
            {
                _compensation += (term - t) + _sum;
            }

            _sum = t;
        }
    }
}
