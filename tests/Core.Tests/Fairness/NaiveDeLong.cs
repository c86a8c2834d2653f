namespace AiFactory.Core.Tests.Fairness;

/// <summary>DeLong's AUC variance the slow, obvious way: every positive against every negative (O(m·n)).</summary>
internal static class NaiveDeLong
{
    private static double Psi(double positive, double negative) => positive > negative ? 1 : positive == negative ? 0.5 : 0;

    public static double Auc(bool[] labels, double[] scores)
    {
        double[] positives = scores.Where((_, i) => labels[i]).ToArray();
        double[] negatives = scores.Where((_, i) => !labels[i]).ToArray();
        Array.Sort(negatives);
        double sum = 0;
        foreach (double x in positives)
        {
            // Still exact: count below and equal by binary search, which is the same sum of psi.
            int below = LowerBound(negatives, x), upTo = UpperBound(negatives, x);
            sum += below + 0.5 * (upTo - below);
        }

        return sum / ((double)positives.Length * negatives.Length);
    }

    public static double Variance(bool[] labels, double[] scores)
    {
        double[] x = scores.Where((_, i) => labels[i]).ToArray();
        double[] y = scores.Where((_, i) => !labels[i]).ToArray();
        int m = x.Length, n = y.Length;
        var v10 = new double[m];
        var v01 = new double[n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double psi = Psi(x[i], y[j]);
                v10[i] += psi / n;
                v01[j] += psi / m;
            }
        }

        double auc = v10.Average();
        double s10 = v10.Sum(v => (v - auc) * (v - auc)) / (m - 1);
        double s01 = v01.Sum(v => (v - auc) * (v - auc)) / (n - 1);
        return s10 / m + s01 / n;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (sorted[mid] < value) low = mid + 1; else high = mid;
        }

        return low;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (sorted[mid] <= value) low = mid + 1; else high = mid;
        }

        return low;
    }
}
