using System.Collections.Generic;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Label leakage: how well each column predicts the label on its own, out of sample (<see cref="SingleColumnAuc"/>).
    /// A column known only after the outcome (a "paid back" flag in a default model) predicts it almost perfectly.
    /// </summary>
    internal static class LeakageCheck
    {
        /// <summary>Learned on the training data and measured on the test data (coded with the training data's levels and bins).</summary>
        public static LeakageReport TrainTest(IReadOnlyList<string> columns, IReadOnlyDictionary<string, ColumnCoding> train, sbyte[] trainLabels,
            IReadOnlyDictionary<string, ColumnCoding> test, sbyte[] testLabels)
        {
            var results = new List<ColumnAuc>();
            foreach (string name in columns)
            {
                ColumnCoding fitted = train[name];
                ColumnCoding measured = test[name];
                double? variance = null;
                double? auc = fitted.Type == measured.Type
                    ? SingleColumnAuc.TrainTest(fitted.Codes, fitted.CodeCount, trainLabels, measured.Codes, testLabels, out variance)
                    : null;
                results.Add(new ColumnAuc(name, auc, variance));
            }

            return new LeakageReport { Method = CheckMethods.TrainTest, Columns = Ranked(results) };
        }

        /// <summary>One file only: cross-fitted over <see cref="SingleColumnAuc.Folds"/> folds.</summary>
        public static LeakageReport CrossFitted(IReadOnlyList<string> columns, IReadOnlyDictionary<string, ColumnCoding> codings, sbyte[] labels)
        {
            var results = new List<ColumnAuc>();
            foreach (string name in columns)
            {
                ColumnCoding coding = codings[name];
                double? auc = SingleColumnAuc.CrossFitted(coding.Codes, coding.CodeCount, labels, out double? variance);
                results.Add(new ColumnAuc(name, auc, variance));
            }

            return new LeakageReport { Method = CheckMethods.CrossFitted, Columns = Ranked(results) };
        }

        /// <summary>Highest AUC first (undefined last), ties in the given order.</summary>
        private static ColumnAuc[] Ranked(List<ColumnAuc> results)
        {
            var order = new List<int>();
            for (int i = 0; i < results.Count; i++) order.Add(i);
            order.Sort((a, b) =>
            {
                double x = results[a].Auc ?? double.NegativeInfinity, y = results[b].Auc ?? double.NegativeInfinity;
                return x != y ? y.CompareTo(x) : a.CompareTo(b);
            });
            return order.ConvertAll(i => results[i]).ToArray();
        }
    }
}
