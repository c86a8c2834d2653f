using System;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Cramér's V of a contingency table with Bergsma's bias correction (Bergsma 2013, J. Korean Stat. Soc. 42:323–328):
    /// plain V grows with the number of categories even between independent columns; the corrected one stays near 0.
    /// </summary>
    /// <remarks>
    /// With n rows, k non-empty rows and r non-empty columns of the table, φ² = χ²/n,
    /// φ²₊ = max(0, φ² − (k−1)(r−1)/(n−1)), k̃ = k − (k−1)²/(n−1), r̃ = r − (r−1)²/(n−1), and
    /// V = √(φ²₊ / min(k̃−1, r̃−1)). The correction is asymptotic: categories of one or two rows each still inflate it,
    /// so callers pool rare categories first (<see cref="ProxyCheck.MinLevelRows"/>).
    /// </remarks>
    internal static class CramersV
    {
        /// <summary>The bias-corrected V of <paramref name="counts"/> (row-major, <paramref name="rows"/> × <paramref name="columns"/>); 0 when the table has one non-empty row or column.</summary>
        public static double BiasCorrected(long[] counts, int rows, int columns)
        {
            if (counts.Length != rows * columns) throw new ArgumentException($"{counts.Length} counts for a {rows} × {columns} table.", nameof(counts));
            var rowTotals = new double[rows];
            var columnTotals = new double[columns];
            double n = 0;
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    long count = counts[i * columns + j];
                    rowTotals[i] += count;
                    columnTotals[j] += count;
                    n += count;
                }
            }

            int k = 0, r = 0;
            foreach (double total in rowTotals) if (total > 0) k++;
            foreach (double total in columnTotals) if (total > 0) r++;
            if (k < 2 || r < 2 || n < 2) return 0;

            // χ² = n (Σ O²/(Rᵢ Cⱼ) − 1), over the cells that hold rows.
            double sum = 0;
            for (int i = 0; i < rows; i++)
            {
                if (rowTotals[i] == 0) continue;
                for (int j = 0; j < columns; j++)
                {
                    long count = counts[i * columns + j];
                    if (count > 0) sum += (double)count * count / (rowTotals[i] * columnTotals[j]);
                }
            }

            double phi2 = Math.Max(0, sum - 1);
            double corrected = Math.Max(0, phi2 - (double)(k - 1) * (r - 1) / (n - 1));
            double kTilde = k - (double)(k - 1) * (k - 1) / (n - 1);
            double rTilde = r - (double)(r - 1) * (r - 1) / (n - 1);
            double denominator = Math.Min(kTilde - 1, rTilde - 1);
            if (denominator <= 0) return 0;
            return Math.Min(1, Math.Sqrt(corrected / denominator));
        }
    }
}
