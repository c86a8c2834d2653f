using System;
using System.Collections.Generic;

namespace AiFactory.Core.Metrics
{
    /// <summary>The checks every metric of labels and probabilities makes of its input.</summary>
    internal static class ScoredRows
    {
        /// <summary>Throws unless both lists are given and have one entry per row.</summary>
        public static void Check(IReadOnlyList<bool> labels, IReadOnlyList<double> probabilities)
        {
            if (labels is null) throw new ArgumentNullException(nameof(labels));
            if (probabilities is null) throw new ArgumentNullException(nameof(probabilities));
            if (labels.Count != probabilities.Count)
            {
                throw new ArgumentException($"{labels.Count} labels but {probabilities.Count} probabilities; each row needs both.", nameof(probabilities));
            }
        }

        /// <summary>The probability of row <paramref name="row"/>, which must be a number.</summary>
        public static double Probability(IReadOnlyList<double> probabilities, int row)
        {
            double p = probabilities[row];
            if (double.IsNaN(p)) throw new ArgumentOutOfRangeException(nameof(probabilities), $"The probability of row {row} is NaN.");
            return p;
        }
    }
}
