using System;
using System.Collections.Generic;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// Everything the build learns from its data before it looks at a model: the profile of the training and test files,
    /// the overlap between them, each column's out-of-sample power to predict the label (leakage) and each sensitive
    /// attribute (proxies). The data gates judge the result; it holds no thresholds.
    /// </summary>
    internal static class DataInspector
    {
        /// <summary>Inspects the data of a model trained in the build (or, with no training data, a predictions file).</summary>
        /// <param name="data">The manifest's data section.</param>
        /// <param name="train">The training data, or null in predictions mode.</param>
        /// <param name="trainLabels">Its labels, or null.</param>
        /// <param name="test">The test data (the scored file in predictions mode).</param>
        /// <param name="testLabels">Its labels.</param>
        /// <returns>
        /// With training data, leakage and binary proxies are learned on it and measured on the test data; with one file
        /// they are cross-fitted over 5 folds of it. Cramér's V is computed on the training data, else on the one file.
        /// </returns>
        public static DataReport Inspect(DataSection data, DataTable? train, bool[]? trainLabels, DataTable test, bool[] testLabels)
        {
            if (data is null) throw new ArgumentNullException(nameof(data));
            if (test is null) throw new ArgumentNullException(nameof(test));
            if (testLabels is null) throw new ArgumentNullException(nameof(testLabels));
            if ((train is null) != (trainLabels is null)) throw new ArgumentException("Training data and its labels come together.", nameof(trainLabels));

            ProfiledFile? trainFile = train is null ? null : DataProfiler.Build(train, trainLabels!, data, null);
            ProfiledFile testFile = DataProfiler.Build(test, testLabels, data, trainFile);
            var report = new DataReport { Train = trainFile?.Profile, Test = testFile.Profile };

            // The columns each measure applies to: those the data to learn from has (both files, with training data).
            var outputs = new HashSet<string>(StringComparer.Ordinal) { data.Label };
            if (!string.IsNullOrEmpty(data.Score)) outputs.Add(data.Score!);
            if (!string.IsNullOrEmpty(data.Prediction)) outputs.Add(data.Prediction!);
            var sensitive = new HashSet<string>(data.Sensitive, StringComparer.Ordinal);
            var leakageColumns = new List<string>();
            var proxyColumns = new List<string>();
            foreach (DataColumn column in (train ?? test).Columns)
            {
                if (outputs.Contains(column.Name) || (train != null && test.Find(column.Name) is null)) continue;
                leakageColumns.Add(column.Name);
                if (!sensitive.Contains(column.Name)) proxyColumns.Add(column.Name);
            }

            if (trainFile is null)
            {
                report.Leakage = LeakageCheck.CrossFitted(leakageColumns, testFile.Codings, testFile.LabelTargets());
            }
            else
            {
                report.Overlap = OverlapCheck.Measure(train!, trainFile.Codings, test, testFile.Codings);
                report.Leakage = LeakageCheck.TrainTest(leakageColumns, trainFile.Codings, trainFile.LabelTargets(), testFile.Codings, testFile.LabelTargets());
            }

            var proxies = new List<ProxyReport>();
            foreach (string attribute in data.Sensitive)
            {
                if (!testFile.GroupCodings.TryGetValue(attribute, out ColumnCoding? testGroups)) continue;
                ColumnCoding? trainGroups = null;
                if (trainFile != null && !trainFile.GroupCodings.TryGetValue(attribute, out trainGroups)) continue;
                proxies.Add(ProxyCheck.Measure(attribute, proxyColumns, trainGroups, trainFile?.Codings, testGroups, testFile.Codings));
            }

            report.Proxies = proxies;
            return report;
        }
    }
}
