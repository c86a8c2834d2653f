using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using AiFactory.Core.Data;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Every statistic of one grouping computed from its groups' confusion cells: each group's six rates, the overall
    /// rates, and the <see cref="Disparity"/> figures over the adequate groups. One definition serves the point
    /// estimate and each bootstrap resample, so the interval is always the interval of the reported figure.
    /// </summary>
    /// <remarks>
    /// Layout of the output: group g's rate r at g·6 + r, the overall rate r at G·6 + r, disparity d at G·6 + 6 + d.
    /// NaN marks an undefined value (an empty denominator, or a ratio of 0 to 0). A disparity a grouping cannot have —
    /// fewer than two adequate groups, no adequate reference group — is NaN too, but is known in advance from
    /// <see cref="IsComputable"/>, so it is never counted as an undefined resample.
    /// </remarks>
    public sealed class DisparityStatistics
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

        /// <summary>The index of group g's rate r.</summary>
        public int GroupRateIndex(int group, int rate) => group * GroupRates.Count + rate;

        /// <summary>The index of the overall rate r.</summary>
        public int OverallRateIndex(int rate) => _groups * GroupRates.Count + rate;

        /// <summary>The index of a disparity.</summary>
        public int DisparityIndex(int disparity) => (_groups + 1) * GroupRates.Count + disparity;

        /// <summary>The groups adequate for a disparity: two or more are needed (a reference and one more for disparate impact).</summary>
        public int AdequateGroups(int disparity) => Disparity.UsesLabel(disparity) ? _labelGroups : _selectionGroups;

        /// <summary>Whether the grouping has enough adequate groups for a disparity to be computed at all.</summary>
        public bool IsComputable(int disparity)
        {
            if (disparity >= Disparity.DisparateImpactMin)
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
                Spread(output, GroupRates.SelectionRate, _forSelection, out double min, out double max, out int low, out int high);
                output[d0 + Disparity.DemographicParityDifference] = max - min;
                output[d0 + Disparity.DemographicParityRatio] = RatioOf(min, max);
                Decide(decisions, Disparity.DemographicParityDifference, GroupRates.SelectionRate, low, high);
                Decide(decisions, Disparity.DemographicParityRatio, GroupRates.SelectionRate, low, high);
            }

            if (_labelGroups >= 2)
            {
                Spread(output, GroupRates.Tpr, _forLabel, out double tprMin, out double tprMax, out int tprLow, out int tprHigh);
                Spread(output, GroupRates.Fpr, _forLabel, out double fprMin, out double fprMax, out int fprLow, out int fprHigh);
                double tprSpread = tprMax - tprMin, fprSpread = fprMax - fprMin;
                double tprRatio = RatioOf(tprMin, tprMax), fprRatio = RatioOf(fprMin, fprMax);

                // Ties go to the true positive rate, so a decision is stable.
                bool tprDecidesDifference = !(fprSpread > tprSpread);
                output[d0 + Disparity.EqualizedOddsDifference] = tprDecidesDifference ? tprSpread : fprSpread;
                bool tprDecidesRatio = !(fprRatio < tprRatio);
                output[d0 + Disparity.EqualizedOddsRatio] = double.IsNaN(tprRatio) || double.IsNaN(fprRatio)
                    ? double.NaN : tprDecidesRatio ? tprRatio : fprRatio;
                output[d0 + Disparity.EqualOpportunityDifference] = tprSpread;
                Decide(decisions, Disparity.EqualizedOddsDifference, tprDecidesDifference ? GroupRates.Tpr : GroupRates.Fpr,
                    tprDecidesDifference ? tprLow : fprLow, tprDecidesDifference ? tprHigh : fprHigh);
                Decide(decisions, Disparity.EqualizedOddsRatio, tprDecidesRatio ? GroupRates.Tpr : GroupRates.Fpr,
                    tprDecidesRatio ? tprLow : fprLow, tprDecidesRatio ? tprHigh : fprHigh);
                Decide(decisions, Disparity.EqualOpportunityDifference, GroupRates.Tpr, tprLow, tprHigh);
            }
        }

        private void ToOverall(double[] output, int d0, int overall, DisparityDecision?[]? decisions)
        {
            const int o = Disparity.ToOverall;
            if (_selectionGroups >= 2)
            {
                double all = output[overall + GroupRates.SelectionRate];
                FromOverall(output, GroupRates.SelectionRate, all, _forSelection, out double gap, out int gapGroup, out double ratio, out int ratioGroup);
                output[d0 + o + Disparity.DemographicParityDifference] = gap;
                output[d0 + o + Disparity.DemographicParityRatio] = ratio;
                Decide(decisions, o + Disparity.DemographicParityDifference, GroupRates.SelectionRate, gapGroup, DisparityDecision.Overall);
                Decide(decisions, o + Disparity.DemographicParityRatio, GroupRates.SelectionRate, ratioGroup, DisparityDecision.Overall);
            }

            if (_labelGroups >= 2)
            {
                FromOverall(output, GroupRates.Tpr, output[overall + GroupRates.Tpr], _forLabel, out double tprGap, out int tprGapGroup, out double tprRatio, out int tprRatioGroup);
                FromOverall(output, GroupRates.Fpr, output[overall + GroupRates.Fpr], _forLabel, out double fprGap, out int fprGapGroup, out double fprRatio, out int fprRatioGroup);
                bool tprDecidesDifference = !(fprGap > tprGap);
                bool tprDecidesRatio = !(fprRatio < tprRatio);
                output[d0 + o + Disparity.EqualizedOddsDifference] = double.IsNaN(tprGap) || double.IsNaN(fprGap)
                    ? double.NaN : tprDecidesDifference ? tprGap : fprGap;
                output[d0 + o + Disparity.EqualizedOddsRatio] = double.IsNaN(tprRatio) || double.IsNaN(fprRatio)
                    ? double.NaN : tprDecidesRatio ? tprRatio : fprRatio;
                output[d0 + o + Disparity.EqualOpportunityDifference] = tprGap;
                Decide(decisions, o + Disparity.EqualizedOddsDifference, tprDecidesDifference ? GroupRates.Tpr : GroupRates.Fpr,
                    tprDecidesDifference ? tprGapGroup : fprGapGroup, DisparityDecision.Overall);
                Decide(decisions, o + Disparity.EqualizedOddsRatio, tprDecidesRatio ? GroupRates.Tpr : GroupRates.Fpr,
                    tprDecidesRatio ? tprRatioGroup : fprRatioGroup, DisparityDecision.Overall);
                Decide(decisions, o + Disparity.EqualOpportunityDifference, GroupRates.Tpr, tprGapGroup, DisparityDecision.Overall);
            }
        }

        private void DisparateImpact(double[] output, int d0, DisparityDecision?[]? decisions)
        {
            if (_reference < 0 || !_forSelection[_reference] || _selectionGroups < 2)
            {
                return;
            }

            double reference = output[_reference * GroupRates.Count + GroupRates.SelectionRate];
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            int low = -1, high = -1;
            for (int g = 0; g < _groups; g++)
            {
                if (g == _reference || !_forSelection[g]) continue;
                double ratio = RatioOf(output[g * GroupRates.Count + GroupRates.SelectionRate], reference);
                if (double.IsNaN(ratio))
                {
                    min = max = double.NaN;
                    break;
                }

                if (ratio < min) { min = ratio; low = g; }
                if (ratio > max) { max = ratio; high = g; }
            }

            output[d0 + Disparity.DisparateImpactMin] = min;
            output[d0 + Disparity.DisparateImpactMax] = max;
            if (low >= 0) Decide(decisions, Disparity.DisparateImpactMin, GroupRates.SelectionRate, low, _reference);
            if (high >= 0) Decide(decisions, Disparity.DisparateImpactMax, GroupRates.SelectionRate, high, _reference);
        }

        /// <summary>Min and max of a rate over the adequate groups; NaN for both when an adequate group's rate is undefined.</summary>
        private void Spread(double[] output, int rate, bool[] adequate, out double min, out double max, out int low, out int high)
        {
            min = double.PositiveInfinity;
            max = double.NegativeInfinity;
            low = high = -1;
            for (int g = 0; g < _groups; g++)
            {
                if (!adequate[g]) continue;
                double value = output[g * GroupRates.Count + rate];
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
        private void FromOverall(double[] output, int rate, double all, bool[] adequate, out double gap, out int gapGroup, out double ratio, out int ratioGroup)
        {
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
                double value = output[g * GroupRates.Count + rate];
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

        private static double RatioOf(double numerator, double denominator) =>
            double.IsNaN(numerator) || double.IsNaN(denominator) || denominator == 0 ? double.NaN : numerator / denominator;

        private static void Decide(DisparityDecision?[]? decisions, int disparity, int rate, int first, int second)
        {
            if (decisions != null && first >= 0)
            {
                decisions[disparity] = new DisparityDecision(rate, first, second);
            }
        }
    }
}
