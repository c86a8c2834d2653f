using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiFactory.Core.Data;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.DataChecks
{
    /// <summary>
    /// Judges <c>gates.data</c> against what the evaluation found in the data (<see cref="EvaluationRecord.Data"/>), so
    /// data gates follow the same staleness rule as every other gate; and warns, without a gate, about skipped rows,
    /// likely leakage and strong proxies. Each failed gate is an AIF3xxx error at the number that set its bound.
    /// </summary>
    internal static class DataGateJudge
    {
        public static void Judge(ModelManifest manifest, EvaluationRecord evaluation, GateCollector collector)
        {
            DataGates? gates = manifest.Gates.Data;
            DataReport? report = evaluation.Data;
            if (report is null)
            {
                if (gates != null && gates.Any)
                {
                    collector.Report(Diagnostic.Error(DiagnosticIds.StaleResults,
                        "the recorded evaluation holds no data profile, so the data gates set here cannot be judged; rebuild with 'dotnet build --no-incremental' so that the evaluation runs again",
                        gates.Location ?? new SourceLocation(manifest.FilePath, 0, 0)));
                }

                return;
            }

            var files = new List<FileUnderJudgement>();
            if (report.Train != null) files.Add(new FileUnderJudgement("train", "training data", evaluation.TrainDataPath, report.Train));
            files.Add(new FileUnderJudgement("test", "test data", evaluation.TestDataPath, report.Test));

            foreach (FileUnderJudgement file in files) WarnSkipped(file, collector);
            if (gates != null)
            {
                foreach (FileUnderJudgement file in files)
                {
                    Bound? minRows = file.Role == "train" ? gates.MinRowsTrain : gates.MinRowsTest;
                    if (minRows != null) collector.Add(MinRows(file, minRows));
                }

                foreach (FileUnderJudgement file in files) JudgeMissing(gates, file, collector);
                if (gates.MaxDuplicateRate != null)
                {
                    foreach (FileUnderJudgement file in files) collector.Add(Duplicates(file, gates.MaxDuplicateRate));
                }

                if (gates.MaxOverlapRate != null && report.Overlap != null) collector.Add(Overlap(report.Overlap, files, gates.MaxOverlapRate));
                if (gates.MinMinorityShare != null)
                {
                    foreach (FileUnderJudgement file in files) collector.Add(Balance(file, gates.MinMinorityShare));
                }

                if (gates.MinGroupRows != null)
                {
                    // The training data decides whether the model could learn every group; in predictions mode the one file.
                    FileUnderJudgement learned = files[0];
                    foreach (GroupProfile groups in learned.Profile.Groups) collector.Add(GroupRows(learned, groups, gates.MinGroupRows));
                }
            }

            JudgeLeakage(manifest, report, files, gates?.MaxLeakageAuc, collector);
            JudgeProxies(manifest, report, files, gates?.MaxProxyStrength, collector);
        }

        private static void WarnSkipped(FileUnderJudgement file, GateCollector collector)
        {
            SkippedRows skipped = file.Profile.Skipped;
            if (skipped.Count == 0) return;
            string lines = string.Join("; ", skipped.First.Select(r => $"line {r.Line}: {r.Reason}"));
            string more = skipped.Count > skipped.First.Count ? $"; … and {GateNumberFormat.Count(skipped.Count - skipped.First.Count)} more" : "";
            collector.Report(Diagnostic.Warning(DiagnosticIds.RowsSkipped,
                $"{GateNumberFormat.Rows(skipped.Count)} of the {file.Describe} could not be read and {(skipped.Count == 1 ? "was" : "were")} skipped (data.onBadRow is \"skip\"), " +
                $"{GateNumberFormat.Rows(file.Profile.Rows)} kept: {lines}{more}. Fix: correct those rows, or set data.onBadRow to \"error\" to stop at the first",
                new SourceLocation(file.Path ?? "", skipped.First.Count > 0 ? skipped.First[0].Line : 0, 0)));
        }

        private static GateResult MinRows(FileUnderJudgement file, Bound bound)
        {
            GateResult result = Start($"data.minRows.{file.Role}", "rows", bound, atLeast: true);
            int rows = file.Profile.Rows;
            result.Value = rows;
            result.JudgedValue = rows;
            string threshold = GateNumberFormat.GroupedThreshold(bound.Value);
            if (GateComparison.AtLeast(rows, bound.Value))
            {
                result.Status = GateStatus.Passed;
                result.Message = $"the {file.Describe} has {GateNumberFormat.Rows(rows)}, meeting the minimum {threshold}";
            }
            else
            {
                Fail(result, DiagnosticIds.TooFewRows,
                    $"the {file.Describe} has {GateNumberFormat.Rows(rows)}, fewer than the minimum {threshold} set here{SkippedNote(file)}; " +
                    "more data is needed before the model can be trusted, or a lower minimum agreed");
            }

            return result;
        }

        private static void JudgeMissing(DataGates gates, FileUnderJudgement file, GateCollector collector)
        {
            DataFileProfile profile = file.Profile;
            long cells = (long)profile.Rows * profile.Columns.Count;
            if (gates.MaxMissingRate != null)
            {
                Bound bound = gates.MaxMissingRate;
                GateResult result = Start($"data.maxMissingRate.{file.Role}", "missingRate", bound, atLeast: false);
                double rate = profile.MissingRate;
                result.Value = rate;
                result.JudgedValue = rate;
                string counts = $"{GateNumberFormat.Count(profile.MissingCells)} of {GateNumberFormat.Count(cells)} cells";
                if (GateComparison.AtMost(rate, bound.Value))
                {
                    result.Status = GateStatus.Passed;
                    result.Message = $"missing values are {GateNumberFormat.PassingValue(rate, bound.Value, atLeast: false)} of the {file.Describe} ({counts}), within the maximum {GateNumberFormat.Threshold(bound)}";
                }
                else
                {
                    string worst = string.Join(", ", profile.Columns.Where(c => c.Missing > 0).OrderByDescending(c => c.MissingRate).Take(3)
                        .Select(c => $"{Quote(c.Name)} {GateNumberFormat.Fixed(c.MissingRate, 3)}"));
                    Fail(result, DiagnosticIds.TooManyMissing,
                        $"missing values are {GateNumberFormat.Value(rate, bound.Value)} of the {file.Describe} ({counts}), above the maximum {GateNumberFormat.Threshold(bound)} set here; " +
                        $"most in {worst}; find where the values are lost, or drop columns the model can do without");
                }

                collector.Add(result);
            }

            var own = new HashSet<string>(gates.MaxMissingRateColumns.Select(c => c.Column));
            if (gates.MaxMissingRateEachColumn != null)
            {
                Bound bound = gates.MaxMissingRateEachColumn;
                GateResult result = Start($"data.maxMissingRate.eachColumn.{file.Role}", "columnMissingRate", bound, atLeast: false);
                List<ColumnProfile> judged = profile.Columns.Where(c => !own.Contains(c.Name)).OrderByDescending(c => c.MissingRate).ToList();
                ColumnProfile? worst = judged.FirstOrDefault();
                double rate = worst?.MissingRate ?? 0;
                result.Value = rate;
                result.JudgedValue = rate;
                if (worst is null || GateComparison.AtMost(rate, bound.Value))
                {
                    result.Status = GateStatus.Passed;
                    result.Message = worst is null
                        ? $"every column of the {file.Describe} has its own bound"
                        : $"no column of the {file.Describe} is missing more than {GateNumberFormat.PassingValue(rate, bound.Value, atLeast: false)} ({Quote(worst.Name)}), within the maximum {GateNumberFormat.Threshold(bound)}";
                }
                else
                {
                    List<ColumnProfile> over = judged.Where(c => !GateComparison.AtMost(c.MissingRate, bound.Value)).ToList();
                    string others = over.Count > 1
                        ? "; also " + string.Join(", ", over.Skip(1).Take(5).Select(c => $"{Quote(c.Name)} {GateNumberFormat.Value(c.MissingRate, bound.Value)}")) + (over.Count > 6 ? " …" : "")
                        : "";
                    Fail(result, DiagnosticIds.TooManyMissing,
                        $"column {Quote(worst.Name)} of the {file.Describe} is missing in {GateNumberFormat.Value(rate, bound.Value)} of its rows " +
                        $"({GateNumberFormat.Count(worst.Missing)} of {GateNumberFormat.Count(profile.Rows)}), above the maximum {GateNumberFormat.Threshold(bound)} set here{others}");
                }

                collector.Add(result);
            }

            foreach (ColumnBound columnBound in gates.MaxMissingRateColumns)
            {
                Bound bound = columnBound.Bound;
                GateResult result = Start($"data.maxMissingRate.columns.{columnBound.Column}.{file.Role}", "columnMissingRate", bound, atLeast: false);
                ColumnProfile? column = profile.Column(columnBound.Column);
                if (column is null)
                {
                    Fail(result, DiagnosticIds.ColumnMissing,
                        $"column {Quote(columnBound.Column)} named here is not in the {file.Describe}; correct the name (names are compared exactly, case included)");
                }
                else
                {
                    result.Value = column.MissingRate;
                    result.JudgedValue = column.MissingRate;
                    string counts = $"{GateNumberFormat.Count(column.Missing)} of {GateNumberFormat.Count(profile.Rows)} rows";
                    if (GateComparison.AtMost(column.MissingRate, bound.Value))
                    {
                        result.Status = GateStatus.Passed;
                        result.Message = $"column {Quote(column.Name)} of the {file.Describe} is missing in {GateNumberFormat.PassingValue(column.MissingRate, bound.Value, atLeast: false)} of its rows ({counts}), within the maximum {GateNumberFormat.Threshold(bound)}";
                    }
                    else
                    {
                        Fail(result, DiagnosticIds.TooManyMissing,
                            $"column {Quote(column.Name)} of the {file.Describe} is missing in {GateNumberFormat.Value(column.MissingRate, bound.Value)} of its rows ({counts}), above the maximum {GateNumberFormat.Threshold(bound)} set here");
                    }
                }

                collector.Add(result);
            }
        }

        private static GateResult Duplicates(FileUnderJudgement file, Bound bound)
        {
            DuplicateSummary duplicates = file.Profile.Duplicates;
            GateResult result = Start($"data.maxDuplicateRate.{file.Role}", "duplicateRate", bound, atLeast: false);
            result.Value = duplicates.Rate;
            result.JudgedValue = duplicates.Rate;
            string counts = $"{GateNumberFormat.Count(duplicates.DuplicateRows)} of {GateNumberFormat.Rows(duplicates.Rows)}";
            if (GateComparison.AtMost(duplicates.Rate, bound.Value))
            {
                result.Status = GateStatus.Passed;
                result.Message = $"rows repeating an earlier row are {GateNumberFormat.PassingValue(duplicates.Rate, bound.Value, atLeast: false)} of the {file.Describe} ({counts}), within the maximum {GateNumberFormat.Threshold(bound)}";
                return result;
            }

            string examples = string.Join(", ", duplicates.First.Take(3).Select(m => $"line {m.Line} repeats line {m.MatchLine}"));
            Fail(result, DiagnosticIds.TooManyDuplicates,
                $"{counts} of the {file.Describe} repeat an earlier row exactly, a rate of {GateNumberFormat.Value(duplicates.Rate, bound.Value)} above the maximum {GateNumberFormat.Threshold(bound)} set here " +
                $"({examples}); duplicates give some rows extra weight and, split across training and test data, overstate the model");
            return result;
        }

        private static GateResult Overlap(OverlapSummary overlap, List<FileUnderJudgement> files, Bound bound)
        {
            GateResult result = Start("data.maxOverlapRate", "overlapRate", bound, atLeast: false);
            result.Value = overlap.Rate;
            result.JudgedValue = overlap.Rate;
            string train = files[0].FileName, test = files[files.Count - 1].FileName;
            string counts = $"{GateNumberFormat.Count(overlap.InTraining)} of the {GateNumberFormat.Rows(overlap.TestRows)} of {Quote(test)}";
            if (GateComparison.AtMost(overlap.Rate, bound.Value))
            {
                result.Status = GateStatus.Passed;
                result.Message = $"{counts} also appear in the training data, a rate of {GateNumberFormat.PassingValue(overlap.Rate, bound.Value, atLeast: false)} within the maximum {GateNumberFormat.Threshold(bound)}";
                return result;
            }

            string examples = string.Join(", ", overlap.First.Take(3).Select(m => $"line {m.Line} = {Quote(train)} line {m.MatchLine}"));
            Fail(result, DiagnosticIds.TrainTestOverlap,
                $"{counts} also appear in the training data {Quote(train)}, a rate of {GateNumberFormat.Value(overlap.Rate, bound.Value)} above the maximum {GateNumberFormat.Threshold(bound)} set here " +
                $"({examples}); the model has seen those rows, so its test figures overstate it: split the data so that no row is in both files");
            return result;
        }

        private static GateResult Balance(FileUnderJudgement file, Bound bound)
        {
            LabelProfile label = file.Profile.Label;
            GateResult result = Start($"data.minMinorityShare.{file.Role}", "minorityShare", bound, atLeast: true);
            double share = label.MinorityShare;
            result.Value = share;
            result.JudgedValue = share;
            bool positiveRarer = label.Positives <= label.Negatives;
            string rarer = positiveRarer ? label.Positive : label.Negative ?? "(none)";
            string counts = $"{GateNumberFormat.Count(System.Math.Min(label.Positives, label.Negatives))} of {GateNumberFormat.Rows(file.Profile.Rows)}";
            if (GateComparison.AtLeast(share, bound.Value))
            {
                result.Status = GateStatus.Passed;
                result.Message = $"the rarer class {Quote(rarer)} is {GateNumberFormat.PassingValue(share, bound.Value, atLeast: true)} of the {file.Describe} ({counts}), meeting the minimum {GateNumberFormat.Threshold(bound)}";
            }
            else
            {
                Fail(result, DiagnosticIds.LabelImbalance,
                    $"the rarer class {Quote(rarer)} of {Quote(label.Column)} is {GateNumberFormat.Value(share, bound.Value)} of the {file.Describe} ({counts}), below the minimum {GateNumberFormat.Threshold(bound)} set here; " +
                    "gather more rows of that class, or agree a lower minimum and judge the model on metrics that respect the imbalance");
            }

            return result;
        }

        private static GateResult GroupRows(FileUnderJudgement file, GroupProfile groups, Bound bound)
        {
            GateResult result = Start($"data.minGroupRows.{groups.Attribute}", "groupRows", bound, atLeast: true);
            List<GroupCount> judged = groups.Groups.Where(g => !g.IsMissing).OrderBy(g => g.Rows).ToList();
            string threshold = GateNumberFormat.GroupedThreshold(bound.Value);
            if (judged.Count == 0)
            {
                Fail(result, DiagnosticIds.GroupTooSmall,
                    $"every row of the {file.Describe} is missing the sensitive attribute {Quote(groups.Attribute)}, so no group meets the minimum {threshold} set here");
                return result;
            }

            GroupCount smallest = judged[0];
            result.Value = smallest.Rows;
            result.JudgedValue = smallest.Rows;
            if (GateComparison.AtLeast(smallest.Rows, bound.Value))
            {
                result.Status = GateStatus.Passed;
                result.Message = $"the smallest group of {Quote(groups.Attribute)} in the {file.Describe}, {Quote(smallest.Group)}, has {GateNumberFormat.Rows(smallest.Rows)}, meeting the minimum {threshold}";
                return result;
            }

            List<GroupCount> under = judged.Where(g => !GateComparison.AtLeast(g.Rows, bound.Value)).ToList();
            string others = under.Count > 1
                ? "; also " + string.Join(", ", under.Skip(1).Take(5).Select(g => $"{Quote(g.Group)} {GateNumberFormat.Count(g.Rows)}")) + (under.Count > 6 ? " …" : "")
                : "";
            Fail(result, DiagnosticIds.GroupTooSmall,
                $"group {Quote(smallest.Group)} of the sensitive attribute {Quote(groups.Attribute)} has {GateNumberFormat.Rows(smallest.Rows)} in the {file.Describe}, fewer than the minimum {threshold} set here{others}; " +
                "a model learns little about a group it rarely sees: gather more rows of it, or merge groups with data.bins where that is meaningful");
            return result;
        }

        private static void JudgeLeakage(ModelManifest manifest, DataReport report, List<FileUnderJudgement> files, Bound? bound, GateCollector collector)
        {
            List<ColumnAuc> defined = report.Leakage.Columns.Where(c => c.Auc.HasValue).OrderByDescending(c => c.Auc!.Value).ToList();
            string method = MethodText(report.Leakage.Method, files);
            string label = Quote(manifest.Data.Label);
            if (bound is null)
            {
                // No gate: a column this predictive is still worth a warning; the gate makes it an error.
                List<ColumnAuc> strong = defined.Where(c => c.Auc!.Value >= DataCheckDefaults.LeakageWarningAuc).ToList();
                if (strong.Count == 0) return;
                collector.Report(Diagnostic.Warning(DiagnosticIds.LabelLeakage,
                    $"{LeakageSentence(strong, label, DataCheckDefaults.LeakageWarningAuc)} ({method}); " +
                    "a column this predictive is usually known only after the outcome (leakage). Remove it from the data or the model's features, " +
                    $"or set gates.data.maxLeakageAuc to decide (warned at {GateNumberFormat.Threshold(DataCheckDefaults.LeakageWarningAuc)} and above while no bound is set)",
                    manifest.Data.LabelLocation ?? new SourceLocation(manifest.FilePath, 0, 0)));
                return;
            }

            GateResult result = Start("data.maxLeakageAuc", "leakageAuc", bound, atLeast: false);
            if (defined.Count == 0)
            {
                result.Status = GateStatus.InsufficientData;
                result.Message = "no column's AUC on the label is defined (the data holds one class), so leakage cannot be measured";
                collector.Add(result);
                return;
            }

            ColumnAuc top = defined[0];
            result.Value = top.Auc;
            result.JudgedValue = top.Auc;
            if (GateComparison.AtMost(top.Auc!.Value, bound.Value))
            {
                result.Status = GateStatus.Passed;
                result.Message = $"no column predicts the label {label} on its own with an AUC above {GateNumberFormat.PassingValue(top.Auc.Value, bound.Value, atLeast: false)} ({Quote(top.Column)}; {method}), within the maximum {GateNumberFormat.Threshold(bound)}";
            }
            else
            {
                List<ColumnAuc> over = defined.Where(c => !GateComparison.AtMost(c.Auc!.Value, bound.Value)).ToList();
                Fail(result, DiagnosticIds.LabelLeakage,
                    $"{LeakageSentence(over, label, bound.Value)}, above the maximum {GateNumberFormat.Threshold(bound)} set here ({method}); " +
                    "a column this predictive is usually known only after the outcome (leakage): remove it from the data or the model's features, or raise the maximum if it is legitimate");
            }

            collector.Add(result);
        }

        private static void JudgeProxies(ModelManifest manifest, DataReport report, List<FileUnderJudgement> files, Bound? bound, GateCollector collector)
        {
            foreach (ProxyReport proxy in report.Proxies)
            {
                List<ProxyColumn> defined = proxy.Columns.Where(c => c.Strength.HasValue).OrderByDescending(c => c.Strength!.Value).ToList();
                string method = MethodText(proxy.Method, files);
                if (bound is null)
                {
                    List<ProxyColumn> strong = defined.Where(c => c.Strength!.Value >= DataCheckDefaults.ProxyWarningStrength).ToList();
                    if (strong.Count == 0) continue;
                    collector.Report(Diagnostic.Warning(DiagnosticIds.SensitiveProxy,
                        $"{ProxySentence(strong, proxy, DataCheckDefaults.ProxyWarningStrength, method)}; " +
                        $"leaving {Quote(proxy.Attribute)} out of the features does not remove its signal while {(strong.Count == 1 ? "that column is" : "those columns are")} among them. " +
                        $"Review the fairness gates, drop or transform the column, or set gates.data.maxProxyStrength to decide (warned at strength {GateNumberFormat.Threshold(DataCheckDefaults.ProxyWarningStrength)} and above while no bound is set)",
                        SensitiveLocation(manifest, proxy.Attribute)));
                    continue;
                }

                GateResult result = Start($"data.maxProxyStrength.{proxy.Attribute}", "proxyStrength", bound, atLeast: false);
                if (defined.Count == 0)
                {
                    result.Status = GateStatus.InsufficientData;
                    result.Message = proxy.Groups < 2
                        ? $"the sensitive attribute {Quote(proxy.Attribute)} has {proxy.Groups} group{(proxy.Groups == 1 ? "" : "s")} in the data, so no column can predict it"
                        : $"no column's strength as a proxy of {Quote(proxy.Attribute)} is defined";
                    collector.Add(result);
                    continue;
                }

                ProxyColumn top = defined[0];
                result.Value = top.Strength;
                result.JudgedValue = top.Strength;
                if (GateComparison.AtMost(top.Strength!.Value, bound.Value))
                {
                    result.Status = GateStatus.Passed;
                    result.Message = $"no column predicts the sensitive attribute {Quote(proxy.Attribute)} with a strength above {GateNumberFormat.PassingValue(top.Strength.Value, bound.Value, atLeast: false)} ({Quote(top.Column)}; {method}), within the maximum {GateNumberFormat.Threshold(bound)}";
                }
                else
                {
                    List<ProxyColumn> over = defined.Where(c => !GateComparison.AtMost(c.Strength!.Value, bound.Value)).ToList();
                    Fail(result, DiagnosticIds.SensitiveProxy,
                        $"{ProxySentence(over, proxy, bound.Value, method)}, above the maximum strength {GateNumberFormat.Threshold(bound)} set here; " +
                        $"leaving {Quote(proxy.Attribute)} out of the features does not remove its signal while {(over.Count == 1 ? "that column is" : "those columns are")} among them: drop or transform the column, or raise the maximum after a fairness review");
                }

                collector.Add(result);
            }
        }

        /// <summary>"column 'leak' predicts the label 'y' on its own with out-of-sample AUC 0.991", or the same for several columns.</summary>
        private static string LeakageSentence(List<ColumnAuc> columns, string label, double threshold)
        {
            if (columns.Count == 1)
                return $"column {Quote(columns[0].Column)} predicts the label {label} on its own with out-of-sample AUC {GateNumberFormat.Value(columns[0].Auc!.Value, threshold)}";
            return $"columns {string.Join(", ", columns.Take(5).Select(c => $"{Quote(c.Column)} (AUC {GateNumberFormat.Value(c.Auc!.Value, threshold)})"))}{(columns.Count > 5 ? " …" : "")} " +
                   $"each predict the label {label} on their own, out of sample";
        }

        /// <summary>"column 'c' predicts the sensitive attribute 's' on its own (out-of-sample AUC 0.866, strength 0.731; method)", or the same for several columns.</summary>
        private static string ProxySentence(List<ProxyColumn> columns, ProxyReport proxy, double threshold, string method)
        {
            string Figure(ProxyColumn c) => proxy.Measure == ProxyReport.Auc
                ? $"out-of-sample AUC {GateNumberFormat.Fixed(c.Auc!.Value, 3)}, strength {GateNumberFormat.Value(c.Strength!.Value, threshold)}"
                : $"bias-corrected Cramér's V {GateNumberFormat.Value(c.Strength!.Value, threshold)}";
            string attribute = Quote(proxy.Attribute);
            if (columns.Count == 1) return $"column {Quote(columns[0].Column)} predicts the sensitive attribute {attribute} on its own ({Figure(columns[0])}; {method})";
            return $"columns {string.Join(", ", columns.Take(5).Select(c => $"{Quote(c.Column)} ({Figure(c)})"))}{(columns.Count > 5 ? " …" : "")} " +
                   $"each predict the sensitive attribute {attribute} on their own ({method})";
        }

        private static string MethodText(string method, List<FileUnderJudgement> files)
        {
            string train = Quote(files[0].FileName), test = Quote(files[files.Count - 1].FileName);
            switch (method)
            {
                case CheckMethods.TrainTest: return $"learned on {train}, measured on {test}";
                case CheckMethods.CrossFitted: return $"5-fold cross-fitted on {test}";
                case CheckMethods.OnTrainingData: return $"on {train}";
                default: return $"on {test}";
            }
        }

        private static SourceLocation SensitiveLocation(ModelManifest manifest, string attribute)
        {
            DataSection data = manifest.Data;
            for (int i = 0; i < data.Sensitive.Count && i < data.SensitiveLocations.Count; i++)
            {
                if (data.Sensitive[i] == attribute) return data.SensitiveLocations[i];
            }

            return new SourceLocation(manifest.FilePath, 0, 0);
        }

        private static string SkippedNote(FileUnderJudgement file) =>
            file.Profile.Skipped.Count == 0 ? "" : $" ({GateNumberFormat.Rows(file.Profile.Skipped.Count)} skipped as unreadable)";

        private static GateResult Start(string id, string metric, Bound bound, bool atLeast) => new GateResult
        {
            Id = id,
            Kind = GateKinds.Data,
            Metric = metric,
            Threshold = bound.Value,
            Comparison = atLeast ? GateComparison.AtLeastSymbol : GateComparison.AtMostSymbol,
            Location = bound.Location,
        };

        private static void Fail(GateResult result, string code, string message)
        {
            result.Status = GateStatus.Failed;
            result.Code = code;
            result.Message = message;
        }

        private static string Quote(string value) => DataDiagnostics.Quote(value);

        /// <summary>One data file and how messages name it.</summary>
        private sealed class FileUnderJudgement
        {
            public FileUnderJudgement(string role, string roleName, string? path, DataFileProfile profile)
            {
                Role = role;
                Path = path;
                Profile = profile;
                FileName = path is null ? role + ".csv" : System.IO.Path.GetFileName(path);
                Describe = $"{roleName} {Quote(FileName)}";
            }

            public string Role { get; }

            public string? Path { get; }

            public DataFileProfile Profile { get; }

            public string FileName { get; }

            /// <summary>"training data 'train.csv'".</summary>
            public string Describe { get; }
        }
    }
}
