using AiFactory.Core.Metrics;

namespace AiFactory.Core.Tests.DataChecks;

/// <summary>
/// The documented measures of docs/data-profile.md, computed the slow, obvious way — a score per row, then
/// <see cref="RocAuc"/> (which sorts rows) — to check the product's counting implementation against.
/// </summary>
internal static class ReferenceMeasures
{
    private const double Smoothing = 1.0;

    /// <summary>A value's key as the documented method groups it: the text of a category, the bin of a number.</summary>
    public static string[] Keys(string?[] categories) => categories.Select(c => c ?? "\u0000missing").ToArray();

    public static string[] Keys(double[] numbers, double[] edges) =>
        numbers.Select(v => double.IsNaN(v) ? "\u0000missing" : "bin" + edges.Count(e => e <= v)).ToArray();

    /// <summary>Bin edges per the documentation: each distinct value when at most <paramref name="bins"/>, else the value at rank ⌊k·n/bins⌋ for k = 1…bins−1, above the minimum, without repeats.</summary>
    public static double[] Edges(double[] values, int bins = 20)
    {
        double[] sorted = values.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
        double[] distinct = sorted.Distinct().ToArray();
        if (distinct.Length <= bins) return distinct.Skip(1).ToArray();
        var edges = new List<double>();
        for (int k = 1; k < bins; k++)
        {
            double v = sorted[(int)((long)k * sorted.Length / bins)];
            if (v > sorted[0] && (edges.Count == 0 || v > edges[^1])) edges.Add(v);
        }

        return edges.ToArray();
    }

    /// <summary>Rate per key learned on the training rows, smoothed toward their overall rate; test rows scored; AUC by RocAuc.</summary>
    public static double TrainTestAuc(string[] trainKeys, bool?[] trainTarget, string[] testKeys, bool?[] testTarget)
    {
        var rows = new Dictionary<string, (int N, int P)>();
        int n = 0, p = 0;
        for (int i = 0; i < trainKeys.Length; i++)
        {
            if (trainTarget[i] is not bool t) continue;
            rows.TryGetValue(trainKeys[i], out var c);
            rows[trainKeys[i]] = (c.N + 1, c.P + (t ? 1 : 0));
            n++;
            if (t) p++;
        }

        double prior = (double)p / n;
        var labels = new List<bool>();
        var scores = new List<double>();
        for (int i = 0; i < testKeys.Length; i++)
        {
            if (testTarget[i] is not bool t) continue;
            labels.Add(t);
            scores.Add(rows.TryGetValue(testKeys[i], out var c) ? (c.P + Smoothing * prior) / (c.N + Smoothing) : prior);
        }

        return RocAuc.Compute(labels, scores)!.Value;
    }

    /// <summary>5 folds by SplitMix64(row index) mod 5; each row scored by the rates of the other folds.</summary>
    public static double CrossFittedAuc(string[] keys, bool?[] target)
    {
        int[] fold = Enumerable.Range(0, keys.Length).Select(i => (int)(SplitMix((ulong)i) % 5)).ToArray();
        var labels = new List<bool>();
        var scores = new List<double>();
        for (int f = 0; f < 5; f++)
        {
            var rows = new Dictionary<string, (int N, int P)>();
            int n = 0, p = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (fold[i] == f || target[i] is not bool t) continue;
                rows.TryGetValue(keys[i], out var c);
                rows[keys[i]] = (c.N + 1, c.P + (t ? 1 : 0));
                n++;
                if (t) p++;
            }

            double prior = (double)p / n;
            for (int i = 0; i < keys.Length; i++)
            {
                if (fold[i] != f || target[i] is not bool t) continue;
                labels.Add(t);
                scores.Add(rows.TryGetValue(keys[i], out var c) ? (c.P + Smoothing * prior) / (c.N + Smoothing) : prior);
            }
        }

        return RocAuc.Compute(labels, scores)!.Value;
    }

    /// <summary>Bias-corrected Cramér's V (Bergsma 2013) of two key columns, straight from the formula with expected counts.</summary>
    public static double BiasCorrectedV(string[] a, string[] b)
    {
        string[] rowsA = a.Distinct().ToArray(), rowsB = b.Distinct().ToArray();
        int n = a.Length;
        double chi2 = 0;
        foreach (string x in rowsA)
        {
            int rx = a.Count(v => v == x);
            foreach (string y in rowsB)
            {
                int cy = b.Count(v => v == y);
                int o = Enumerable.Range(0, n).Count(i => a[i] == x && b[i] == y);
                double e = (double)rx * cy / n;
                chi2 += (o - e) * (o - e) / e;
            }
        }

        int k = rowsA.Length, r = rowsB.Length;
        double phi2 = chi2 / n;
        double phi2c = Math.Max(0, phi2 - (double)(k - 1) * (r - 1) / (n - 1));
        double kc = k - (double)(k - 1) * (k - 1) / (n - 1), rc = r - (double)(r - 1) * (r - 1) / (n - 1);
        return Math.Sqrt(phi2c / Math.Min(kc - 1, rc - 1));
    }

    public static bool?[] Targets(bool[] labels) => labels.Select(l => (bool?)l).ToArray();

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
