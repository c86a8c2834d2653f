using System;
using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Metrics;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Whether a group holds enough evidence to decide a disparity: at least minGroupSize rows for rates over the whole
    /// group (selection rate, accuracy), and also at least minClassSize positives and negatives for rates given the
    /// label (tpr, fpr, fnr, auc), or minClassSize predicted positives for precision. A group short of them is
    /// insufficient evidence: reported, never deciding.
    /// </summary>
    internal sealed class GroupAdequacy
    {
        private GroupAdequacy(bool forSelection, bool forLabel, bool forPrecision, string? reason)
        {
            ForSelection = forSelection;
            ForLabel = forLabel;
            ForPrecision = forPrecision;
            Reason = reason;
        }

        /// <summary>Enough rows for rates over the whole group (selection rate, accuracy; demographic parity, disparate impact).</summary>
        public bool ForSelection { get; }

        /// <summary>Enough rows and enough of each class for rates given the label (tpr, fpr, fnr, auc; equalized odds, equal opportunity).</summary>
        public bool ForLabel { get; }

        /// <summary>Enough rows and predicted positives for precision.</summary>
        public bool ForPrecision { get; }

        /// <summary>Whether the group has the evidence a rate taken over these rows needs.</summary>
        public bool IsAdequateFor(Conditioning conditioning)
        {
            switch (conditioning)
            {
                case Conditioning.AllRows: return ForSelection;
                case Conditioning.PredictedPositives: return ForPrecision;
                default: return ForLabel;
            }
        }

        /// <summary>Why the group falls short, in words ("12 rows, below minGroupSize 30"); null when it is adequate for everything.</summary>
        public string? Reason { get; }

        /// <summary>Judges a group's counts against the minimum sizes.</summary>
        public static GroupAdequacy Of(ConfusionCounts counts, int minGroupSize, int minClassSize)
        {
            if (counts is null) throw new ArgumentNullException(nameof(counts));
            bool rows = counts.Total >= minGroupSize;
            bool classes = counts.Positives >= minClassSize && counts.Negatives >= minClassSize;
            bool predicted = counts.PredictedPositives >= minClassSize;
            if (!rows)
            {
                return new GroupAdequacy(false, false, false,
                    $"{Rows(counts.Total)}, below minGroupSize {Number(minGroupSize)}");
            }

            var shortfalls = new List<string>();
            if (counts.Positives < minClassSize) shortfalls.Add($"{Plural(counts.Positives, "positive")}, below minClassSize {Number(minClassSize)}");
            if (counts.Negatives < minClassSize) shortfalls.Add($"{Plural(counts.Negatives, "negative")}, below minClassSize {Number(minClassSize)}");
            if (!classes)
            {
                return new GroupAdequacy(true, false, false, string.Join("; ", shortfalls));
            }

            if (!predicted)
            {
                return new GroupAdequacy(true, true, false,
                    $"{Plural(counts.PredictedPositives, "predicted positive")}, below minClassSize {Number(minClassSize)}");
            }

            return new GroupAdequacy(true, true, true, null);
        }

        private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Rows(long count) => Plural(count, "row");

        private static string Plural(long count, string noun) => Number(count) + " " + noun + (count == 1 ? "" : "s");
    }
}
