using System;
using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Proxies of a sensitive attribute: leaving the attribute out of a model's features does not remove its signal
    /// when another column carries it (relationship "Wife" says sex "Female"). For a binary attribute, each column's
    /// out-of-sample AUC (<see cref="SingleColumnAuc"/>); for more groups, the bias-corrected Cramér's V of the column
    /// against the groups, with categories of fewer than <see cref="MinLevelRows"/> rows pooled. Both become a strength
    /// from 0 (no information) to 1 (determines the attribute).
    /// </summary>
    internal static class ProxyCheck
    {
        /// <summary>Categories with fewer rows than this are pooled into one before Cramér's V: sparse categories would inflate it.</summary>
        public const int MinLevelRows = 30;

        /// <summary>Measures every column's strength as a proxy of one attribute.</summary>
        /// <param name="attribute">The sensitive column.</param>
        /// <param name="columns">The columns to measure.</param>
        /// <param name="trainGroups">The attribute's groups in the training data, or null (one file only).</param>
        /// <param name="trainCodings">The training data's column codes, or null.</param>
        /// <param name="testGroups">The attribute's groups in the test data (coded with the training data's levels).</param>
        /// <param name="testCodings">The test data's column codes.</param>
        public static ProxyReport Measure(string attribute, IReadOnlyList<string> columns,
            ColumnCoding? trainGroups, IReadOnlyDictionary<string, ColumnCoding>? trainCodings,
            ColumnCoding testGroups, IReadOnlyDictionary<string, ColumnCoding> testCodings)
        {
            bool oneFile = trainGroups is null || trainCodings is null;
            ColumnCoding fitGroups = trainGroups ?? testGroups;
            IReadOnlyDictionary<string, ColumnCoding> fitCodings = trainCodings ?? testCodings;
            var groupRows = new int[fitGroups.CodeCount];
            foreach (int code in fitGroups.Codes) groupRows[code]++;
            var present = new List<int>();
            for (int code = 1; code < groupRows.Length; code++)
            {
                if (groupRows[code] > 0) present.Add(code);
            }

            var report = new ProxyReport { Attribute = attribute, Groups = present.Count };
            if (present.Count < 2) return report;

            var results = new List<ProxyColumn>();
            if (present.Count == 2)
            {
                report.Measure = ProxyReport.Auc;
                report.Method = oneFile ? CheckMethods.CrossFitted : CheckMethods.TrainTest;
                sbyte[] fitTarget = BinaryTarget(fitGroups.Codes, present[0], present[1]);
                sbyte[]? testTarget = oneFile ? null : BinaryTarget(testGroups.Codes, present[0], present[1]);
                foreach (string name in columns)
                {
                    ColumnCoding fitted = fitCodings[name];
                    double? auc, variance = null;
                    if (oneFile) auc = SingleColumnAuc.CrossFitted(fitted.Codes, fitted.CodeCount, fitTarget, out variance);
                    else if (testCodings[name].Type != fitted.Type) auc = null;
                    else auc = SingleColumnAuc.TrainTest(fitted.Codes, fitted.CodeCount, fitTarget, testCodings[name].Codes, testTarget!, out variance);
                    results.Add(new ProxyColumn { Column = name, Auc = auc, AucVariance = variance, Strength = auc.HasValue ? StrengthOfAuc(auc.Value) : (double?)null });
                }
            }
            else
            {
                report.Measure = ProxyReport.CramersV;
                report.Method = oneFile ? CheckMethods.OnTestData : CheckMethods.OnTrainingData;
                foreach (string name in columns)
                {
                    ContingencyTable table = Table(fitCodings[name], fitGroups);
                    double v = table.BiasCorrectedV();
                    results.Add(new ProxyColumn { Column = name, CramersV = v, Table = table, Strength = v });
                }
            }

            results.Sort((a, b) =>
            {
                double x = a.Strength ?? double.NegativeInfinity, y = b.Strength ?? double.NegativeInfinity;
                return x != y ? y.CompareTo(x) : string.CompareOrdinal(a.Column, b.Column);
            });
            report.Columns = results;
            return report;
        }

        /// <summary>The strength of a binary attribute's AUC: 2 × AUC − 1 (the Gini coefficient), floored at 0. Monotone, so it maps an interval's ends too.</summary>
        public static double StrengthOfAuc(double auc) => Math.Max(0, 2 * auc - 1);

        /// <summary>1 for the first group, 0 for the second, −1 for a row in neither (missing, or a group the learning data lacks).</summary>
        private static sbyte[] BinaryTarget(int[] codes, int first, int second)
        {
            var target = new sbyte[codes.Length];
            for (int row = 0; row < codes.Length; row++)
            {
                int code = codes[row];
                target[row] = code == first ? (sbyte)1 : code == second ? (sbyte)0 : (sbyte)-1;
            }

            return target;
        }

        /// <summary>The table of the column's codes (rare ones pooled) against the groups, over rows whose attribute is present.</summary>
        private static ContingencyTable Table(ColumnCoding column, ColumnCoding groups)
        {
            int[] codes = column.Codes;
            int[] groupCodes = groups.Codes;
            var levelRows = new int[column.CodeCount];
            for (int row = 0; row < codes.Length; row++)
            {
                if (groupCodes[row] != ColumnCoding.Missing) levelRows[codes[row]]++;
            }

            // Renumber: every level with enough rows its own row of the table, the rest one pooled row.
            var tableRow = new int[column.CodeCount];
            int tableRows = 1; // row 0: the pooled rare levels
            for (int code = 0; code < levelRows.Length; code++)
            {
                tableRow[code] = levelRows[code] >= MinLevelRows ? tableRows++ : 0;
            }

            int tableColumns = groups.CodeCount;
            var counts = new long[tableRows * tableColumns];
            for (int row = 0; row < codes.Length; row++)
            {
                int group = groupCodes[row];
                if (group != ColumnCoding.Missing) counts[tableRow[codes[row]] * tableColumns + group]++;
            }

            return new ContingencyTable(counts, tableRows, tableColumns);
        }
    }
}
