using System;
using AiFactory.Core.Fairness;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// The confidence intervals of the figures the data gates estimate rather than count: a column's out-of-sample AUC
    /// on the label (leakage) or on a binary sensitive attribute by DeLong's variance (<see cref="NormalDistribution.AucInterval"/>),
    /// its proxy strength 2 × AUC − 1 by mapping the AUC's ends (the floor at 0 included, as the strength is floored),
    /// and the bias-corrected Cramér's V of an attribute of more groups by a bootstrap stratified by group: each group
    /// keeps its rows, which draw the column's levels Multinomial(rows, the group's observed shares); the resamples are
    /// read around the estimate as every other bootstrap of the build is (<see cref="BiasCorrectedInterval"/>). Each
    /// column's bootstrap has its own random stream, the seed mixed with the attribute's and the column's names, so a
    /// column added to the data changes no other column's interval.
    /// </summary>
    internal static class AssociationIntervals
    {
        /// <summary>The DeLong interval of a column's AUC on the label; null when the AUC or its variance is undefined.</summary>
        public static Interval? OfLeakage(ColumnAuc column, double level)
        {
            if (column is null) throw new ArgumentNullException(nameof(column));
            return column.Auc.HasValue && column.Variance.HasValue ? NormalDistribution.AucInterval(column.Auc.Value, column.Variance.Value, level) : null;
        }

        /// <summary>
        /// The interval of a column's strength as a proxy of <paramref name="proxy"/>'s attribute: DeLong's for a binary
        /// attribute, the stratified bootstrap's for more groups; null when the figure or its evidence is missing.
        /// </summary>
        public static Interval? OfProxy(ProxyReport proxy, ProxyColumn column, double level, int resamples, int seed)
        {
            if (proxy is null) throw new ArgumentNullException(nameof(proxy));
            if (column is null) throw new ArgumentNullException(nameof(column));
            if (proxy.Measure == ProxyReport.Auc)
            {
                if (!column.Auc.HasValue || !column.AucVariance.HasValue) return null;
                Interval auc = NormalDistribution.AucInterval(column.Auc.Value, column.AucVariance.Value, level);
                return new Interval(ProxyCheck.StrengthOfAuc(auc.Lower!.Value), ProxyCheck.StrengthOfAuc(auc.Upper!.Value), level, Interval.DeLongMethod, null, null);
            }

            if (proxy.Measure != ProxyReport.CramersV || column.Table is null || !column.CramersV.HasValue) return null;
            return CramersVInterval(column.Table, column.CramersV.Value, level, resamples,
                Xoshiro256StarStar.Mix(seed, $"data.maxProxyStrength.{proxy.Attribute}.{column.Column}"));
        }

        /// <summary>The stratified bootstrap interval of the table's bias-corrected V around <paramref name="estimate"/>.</summary>
        public static Interval CramersVInterval(ContingencyTable table, double estimate, double level, int resamples, ulong stream)
        {
            if (table is null) throw new ArgumentNullException(nameof(table));
            if (resamples < 1) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "At least one resample.");
            int rows = table.Rows, columns = table.Columns;

            // One draw per group that holds rows: the group's counts of each level.
            var draws = new MultinomialDraw?[columns];
            for (int j = 0; j < columns; j++)
            {
                var counts = new long[rows];
                long total = 0;
                for (int i = 0; i < rows; i++)
                {
                    counts[i] = table.Counts[i * columns + j];
                    total += counts[i];
                }

                if (total > 0) draws[j] = new MultinomialDraw(counts);
            }

            var random = new Xoshiro256StarStar(stream);
            var drawn = new long[rows];
            var resampled = new long[rows * columns];
            var values = new double[resamples];
            for (int b = 0; b < resamples; b++)
            {
                for (int j = 0; j < columns; j++)
                {
                    MultinomialDraw? draw = draws[j];
                    if (draw is null) continue;
                    draw.Sample(random, drawn);
                    for (int i = 0; i < rows; i++) resampled[i * columns + j] = drawn[i];
                }

                values[b] = CramersV.BiasCorrected(resampled, rows, columns);
            }

            return BiasCorrectedInterval.Of(values, estimate, level);
        }
    }
}
