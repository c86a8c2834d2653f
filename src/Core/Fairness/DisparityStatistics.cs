using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Every statistic of one grouping computed from its groups' confusion cells: each group's <see cref="GroupRate.CountRates"/>, the overall
    /// rates, and the <see cref="Disparity"/> figures over the adequate groups. One definition serves the point
    /// estimate and each bootstrap resample, so the interval is always the interval of the reported figure.
    /// </summary>
    /// <remarks>
    /// Layout of the output: group g's rates, then the overall rates, each in <see cref="GroupRate.Index"/> order, then the
    /// disparities in <see cref="Disparity.Index"/> order; <see cref="GroupRateIndex(int, GroupRate)"/>, <see cref="OverallRateIndex(GroupRate)"/>
    /// and <see cref="DisparityIndex"/> find a statistic.
    /// NaN marks an undefined value (an empty denominator, or a ratio of 0 to 0). A disparity a grouping cannot have —
    /// fewer than two adequate groups, no adequate reference group — is NaN too, but is known in advance from
    /// <see cref="IsComputable"/>, so it is never counted as an undefined resample.
    /// </remarks>
    internal sealed class DisparityStatistics
    {
        private readonly int _groups;
        private readonly bool[] _forSelection;
        private readonly bool[] _forLabel;
        private readonly int _reference;
        private readonly int _selectionGroups;
        private readonly int _labelGroups;

        /// <summary>Creates the statistics of a grouping whose groups have the given adequacy.</summary>
        /// <param name="adequacy">Each group's adequacy, judged once on the observed counts.</param>
        /// <param name="reference">The reference group's index for disparate impact, or −1 when none is declared.</param>
        public DisparityStatistics(IReadOnlyList<GroupAdequacy> adequacy, int reference)
        {
            if (adequacy is null) throw new ArgumentNullException(nameof(adequacy));
            _groups = adequacy.Count;
            _forSelection = new bool[_groups];
            _forLabel = new bool[_groups];
            for (int g = 0; g < _groups; g++)
            {
                _forSelection[g] = adequacy[g].ForSelection;
                _forLabel[g] = adequacy[g].ForLabel;
                if (_forSelection[g]) _selectionGroups++;
                if (_forLabel[g]) _labelGroups++;
            }

            _reference = reference;
        }

        /// <summary>The number of groups.</summary>
        public int GroupCount => _groups;

        /// <summary>The length of the output.</summary>
        public int Size => (_groups + 1) * GroupRates.Count + Disparity.Count;

        /// <summary>The index of group g's rate.</summary>
        public int GroupRateIndex(int group, GroupRate rate) => GroupRateIndex(group, SlotOf(rate));

        /// <summary>The index of group g's rate in slot <paramref name="rate"/> (<see cref="GroupRate.Index"/>).</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
            Justification = "Every index of the layout is asked of the layout instance, whether or not this one needs its group count.")]
        public int GroupRateIndex(int group, int rate) => group * GroupRates.Count + rate;

        /// <summary>The index of an overall rate.</summary>
        public int OverallRateIndex(GroupRate rate) => OverallRateIndex(SlotOf(rate));

        /// <summary>The index of the overall rate in slot <paramref name="rate"/> (<see cref="GroupRate.Index"/>).</summary>
        public int OverallRateIndex(int rate) => _groups * GroupRates.Count + rate;

        /// <summary>The index of a disparity.</summary>
        public int DisparityIndex(Disparity disparity) => (_groups + 1) * GroupRates.Count + disparity.Index;

        /// <summary>The groups adequate for a disparity: two or more are needed (a reference and one more for disparate impact).</summary>
        public int AdequateGroups(Disparity disparity) => disparity.UsesLabel ? _labelGroups : _selectionGroups;

        /// <summary>Whether the grouping has enough adequate groups for a disparity to be computed at all.</summary>
        public bool IsComputable(Disparity disparity)
        {
            if (disparity is null) throw new ArgumentNullException(nameof(disparity));
            if (disparity.Reference == DisparityReference.ReferenceGroup)
            {
                return _reference >= 0 && _forSelection[_reference] && _selectionGroups >= 2;
            }

            return AdequateGroups(disparity) >= 2;
        }

        /// <summary>The confusion cells of <paramref name="groups"/> in the layout <see cref="Compute"/> reads: TP, FP, TN, FN per group.</summary>
        public static long[] CellsOf(IReadOnlyList<GroupCounts> groups)
        {
            if (groups is null) throw new ArgumentNullException(nameof(groups));
            var cells = new long[4 * groups.Count];
            for (int g = 0; g < groups.Count; g++)
            {
                var c = groups[g].Confusion;
                cells[4 * g] = c.TruePositives;
                cells[4 * g + 1] = c.FalsePositives;
                cells[4 * g + 2] = c.TrueNegatives;
                cells[4 * g + 3] = c.FalseNegatives;
            }

            return cells;
        }

        /// <summary>
        /// Computes every statistic from <paramref name="cells"/> (TP, FP, TN, FN per group, 4 per group) into
        /// <paramref name="output"/>; when <paramref name="decisions"/> is given, also which groups decided each disparity.
        /// </summary>
        [MethodImpl(HotLoops.FullyOptimized)]
        public void Compute(long[] cells, double[] output, DisparityDecision?[]? decisions = null)
        {
            if (cells is null) throw new ArgumentNullException(nameof(cells));
            if (output is null) throw new ArgumentNullException(nameof(output));
            long tp = 0, fp = 0, tn = 0, fn = 0;
            for (int g = 0; g < _groups; g++)
            {
                long gtp = cells[4 * g], gfp = cells[4 * g + 1], gtn = cells[4 * g + 2], gfn = cells[4 * g + 3];
                GroupRates.Compute(gtp, gfp, gtn, gfn, output, g * GroupRates.Count);
                tp += gtp; fp += gfp; tn += gtn; fn += gfn;
            }

            int overall = _groups * GroupRates.Count;
            GroupRates.Compute(tp, fp, tn, fn, output, overall);
            int d0 = overall + GroupRates.Count;
            for (int d = 0; d < Disparity.Count; d++) output[d0 + d] = double.NaN;

            Between(output, d0, decisions);
            ToOverall(output, d0, overall, decisions);
            DisparateImpact(output, d0, decisions);
        }

        private void Between(double[] output, int d0, DisparityDecision?[]? decisions)
        {
            if (_selectionGroups >= 2)
            {
                Spread(output, GroupRate.SelectionRate, _forSelection, out double min, out double max, out int low, out int high);
                output[d0 + Disparity.DemographicParityDifference.Index] = max - min;
                output[d0 + Disparity.DemographicParityRatio.Index] = RatioOf(min, max);
                Decide(decisions, Disparity.DemographicParityDifference, GroupRate.SelectionRate, low, high);
                Decide(decisions, Disparity.DemographicParityRatio, GroupRate.SelectionRate, low, high);
            }

            if (_labelGroups >= 2)
            {
                Spread(output, GroupRate.Tpr, _forLabel, out double tprMin, out double tprMax, out int tprLow, out int tprHigh);
                Spread(output, GroupRate.Fpr, _forLabel, out double fprMin, out double fprMax, out int fprLow, out int fprHigh);
                double tprSpread = tprMax - tprMin, fprSpread = fprMax - fprMin;
                double tprRatio = RatioOf(tprMin, tprMax), fprRatio = RatioOf(fprMin, fprMax);

                // Ties go to the true positive rate, so a decision is stable.
                bool tprDecidesDifference = !(fprSpread > tprSpread);
                output[d0 + Disparity.EqualizedOddsDifference.Index] = tprDecidesDifference ? tprSpread : fprSpread;
                bool tprDecidesRatio = !(fprRatio < tprRatio);
                output[d0 + Disparity.EqualizedOddsRatio.Index] = double.IsNaN(tprRatio) || double.IsNaN(fprRatio)
                    ? double.NaN : tprDecidesRatio ? tprRatio : fprRatio;
                output[d0 + Disparity.EqualOpportunityDifference.Index] = tprSpread;
                Decide(decisions, Disparity.EqualizedOddsDifference, tprDecidesDifference ? GroupRate.Tpr : GroupRate.Fpr,
                    tprDecidesDifference ? tprLow : fprLow, tprDecidesDifference ? tprHigh : fprHigh);
                Decide(decisions, Disparity.EqualizedOddsRatio, tprDecidesRatio ? GroupRate.Tpr : GroupRate.Fpr,
                    tprDecidesRatio ? tprLow : fprLow, tprDecidesRatio ? tprHigh : fprHigh);
                Decide(decisions, Disparity.EqualOpportunityDifference, GroupRate.Tpr, tprLow, tprHigh);
            }
        }

        private void ToOverall(double[] output, int d0, int overall, DisparityDecision?[]? decisions)
        {
            if (_selectionGroups >= 2)
            {
                double all = output[overall + GroupRate.SelectionRate.Index];
                FromOverall(output, GroupRate.SelectionRate, all, _forSelection, out double gap, out int gapGroup, out double ratio, out int ratioGroup);
                output[d0 + Disparity.ToOverall.DemographicParityDifference.Index] = gap;
                output[d0 + Disparity.ToOverall.DemographicParityRatio.Index] = ratio;
                Decide(decisions, Disparity.ToOverall.DemographicParityDifference, GroupRate.SelectionRate, gapGroup, DisparityDecision.Overall);
                Decide(decisions, Disparity.ToOverall.DemographicParityRatio, GroupRate.SelectionRate, ratioGroup, DisparityDecision.Overall);
            }

            if (_labelGroups >= 2)
            {
                FromOverall(output, GroupRate.Tpr, output[overall + GroupRate.Tpr.Index], _forLabel, out double tprGap, out int tprGapGroup, out double tprRatio, out int tprRatioGroup);
                FromOverall(output, GroupRate.Fpr, output[overall + GroupRate.Fpr.Index], _forLabel, out double fprGap, out int fprGapGroup, out double fprRatio, out int fprRatioGroup);
                bool tprDecidesDifference = !(fprGap > tprGap);
                bool tprDecidesRatio = !(fprRatio < tprRatio);
                output[d0 + Disparity.ToOverall.EqualizedOddsDifference.Index] = double.IsNaN(tprGap) || double.IsNaN(fprGap)
                    ? double.NaN : tprDecidesDifference ? tprGap : fprGap;
                output[d0 + Disparity.ToOverall.EqualizedOddsRatio.Index] = double.IsNaN(tprRatio) || double.IsNaN(fprRatio)
                    ? double.NaN : tprDecidesRatio ? tprRatio : fprRatio;
                output[d0 + Disparity.ToOverall.EqualOpportunityDifference.Index] = tprGap;
                Decide(decisions, Disparity.ToOverall.EqualizedOddsDifference, tprDecidesDifference ? GroupRate.Tpr : GroupRate.Fpr,
                    tprDecidesDifference ? tprGapGroup : fprGapGroup, DisparityDecision.Overall);
                Decide(decisions, Disparity.ToOverall.EqualizedOddsRatio, tprDecidesRatio ? GroupRate.Tpr : GroupRate.Fpr,
                    tprDecidesRatio ? tprRatioGroup : fprRatioGroup, DisparityDecision.Overall);
                Decide(decisions, Disparity.ToOverall.EqualOpportunityDifference, GroupRate.Tpr, tprGapGroup, DisparityDecision.Overall);
            }
        }

        private void DisparateImpact(double[] output, int d0, DisparityDecision?[]? decisions)
        {
            if (_reference < 0 || !_forSelection[_reference] || _selectionGroups < 2)
            {
                return;
            }

            double reference = output[_reference * GroupRates.Count + GroupRate.SelectionRate.Index];
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            int low = -1, high = -1;
            for (int g = 0; g < _groups; g++)
            {
                if (g == _reference || !_forSelection[g]) continue;
                double ratio = RatioOf(output[g * GroupRates.Count + GroupRate.SelectionRate.Index], reference);
                if (double.IsNaN(ratio))
                {
                    min = max = double.NaN;
                    break;
                }

                if (ratio < min) { min = ratio; low = g; }
                if (ratio > max) { max = ratio; high = g; }
            }

            output[d0 + Disparity.DisparateImpactMin.Index] = min;
            output[d0 + Disparity.DisparateImpactMax.Index] = max;
            if (low >= 0) Decide(decisions, Disparity.DisparateImpactMin, GroupRate.SelectionRate, low, _reference);
            if (high >= 0) Decide(decisions, Disparity.DisparateImpactMax, GroupRate.SelectionRate, high, _reference);
        }

        /// <summary>Min and max of a rate over the adequate groups; NaN for both when an adequate group's rate is undefined.</summary>
        private void Spread(double[] output, GroupRate rate, bool[] adequate, out double min, out double max, out int low, out int high)
        {
            int slot = rate.Index;
            min = double.PositiveInfinity;
            max = double.NegativeInfinity;
            low = high = -1;
            for (int g = 0; g < _groups; g++)
            {
                if (!adequate[g]) continue;
                double value = output[g * GroupRates.Count + slot];
                if (double.IsNaN(value))
                {
                    min = max = double.NaN;
                    return;
                }

                // Ties: the first group is the low end, the last the high end, so equal rates still name two groups.
                if (value < min) { min = value; low = g; }
                if (value >= max) { max = value; high = g; }
            }
        }

        /// <summary>
        /// The largest |rate − overall| and the smallest min(rate/overall, overall/rate) over the adequate groups
        /// (Fairlearn's to_overall); a group rate of 0 against a positive overall rate has ratio 0.
        /// </summary>
        private void FromOverall(double[] output, GroupRate rate, double all, bool[] adequate, out double gap, out int gapGroup, out double ratio, out int ratioGroup)
        {
            int slot = rate.Index;
            gap = double.NegativeInfinity;
            ratio = double.PositiveInfinity;
            gapGroup = ratioGroup = -1;
            if (double.IsNaN(all))
            {
                gap = ratio = double.NaN;
                return;
            }

            for (int g = 0; g < _groups; g++)
            {
                if (!adequate[g]) continue;
                double value = output[g * GroupRates.Count + slot];
                if (double.IsNaN(value))
                {
                    gap = ratio = double.NaN;
                    return;
                }

                double difference = Math.Abs(value - all);
                if (difference > gap) { gap = difference; gapGroup = g; }
                double r = all == 0 ? (value == 0 ? double.NaN : 0) : value == 0 ? 0 : Math.Min(value / all, all / value);
                if (double.IsNaN(r))
                {
                    ratio = double.NaN;
                    ratioGroup = -1;
                }
                else if (!double.IsNaN(ratio) && r < ratio)
                {
                    ratio = r;
                    ratioGroup = g;
                }
            }
        }

        private static int SlotOf(GroupRate rate) =>
            rate is null ? throw new ArgumentNullException(nameof(rate))
            : rate.IsCountRate ? rate.Index
            : throw new ArgumentException($"{rate.Name} is not computed from counts.", nameof(rate));

        private static double RatioOf(double numerator, double denominator) =>
            double.IsNaN(numerator) || double.IsNaN(denominator) || denominator == 0 ? double.NaN : numerator / denominator;

        private static void Decide(DisparityDecision?[]? decisions, Disparity disparity, GroupRate rate, int first, int second)
        {
            if (decisions != null && first >= 0)
            {
                decisions[disparity.Index] = new DisparityDecision(rate, first, second);
            }
        }
    }
}
