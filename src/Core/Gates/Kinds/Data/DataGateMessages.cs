using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Fairness;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Data
{
    /// <summary>The messages of data gates and of the data notices (skipped rows, likely leakage, strong proxies).</summary>
    internal sealed class DataGateMessages : GateMessages
    {
        public override string Of(GateResult gate)
        {
            DataGateFacts facts = GateFacts.Of<DataGateFacts>(gate);
            bool passed = gate.Status == GateStatus.Passed;
            string threshold = GateNumberFormat.Threshold(gate);
            switch (facts.Check)
            {
                case DataCheck.MinRows: return MinRows(gate, facts.File!, passed);
                case DataCheck.MissingRate: return MissingRate(gate, facts, passed, threshold);
                case DataCheck.MissingRateEachColumn: return MissingRateEachColumn(gate, facts, passed, threshold);
                case DataCheck.MissingRateColumn: return MissingRateColumn(gate, facts, passed, threshold);
                case DataCheck.DuplicateRate: return Duplicates(gate, facts.File!, passed, threshold);
                case DataCheck.OverlapRate: return Overlap(gate, facts, passed, threshold);
                case DataCheck.MinorityShare: return Balance(gate, facts.File!, passed, threshold);
                case DataCheck.GroupRows: return GroupRows(gate, facts, passed);
                case DataCheck.Leakage: return Leakage(gate, facts, threshold);
                default: return Proxy(gate, facts, threshold);
            }
        }

        public override string Of(GateNotice notice)
        {
            DataGateFacts facts = GateFacts.Of<DataGateFacts>(notice);
            switch (facts.Check)
            {
                case DataCheck.NoProfile:
                    return "the recorded evaluation holds no data profile, so the data gates set here cannot be judged; rebuild with 'dotnet build --no-incremental' so that the evaluation runs again";
                case DataCheck.RowsSkipped:
                    return Skipped(facts.File!);
                case DataCheck.Leakage:
                    return $"{LeakageSentence(facts.Leaking, Quote(facts.Label), DataCheckDefaults.LeakageWarningAuc)} ({MethodText(facts)}); " +
                           "a column this predictive is usually known only after the outcome (leakage). Remove it from the data or the model's features, " +
                           $"or set gates.data.maxLeakageAuc to decide (warned at {GateNumberFormat.Threshold(DataCheckDefaults.LeakageWarningAuc)} and above while no bound is set)";
                default:
                    ProxyReport proxy = facts.Proxy!;
                    return $"{ProxySentence(facts.Proxies, proxy, DataCheckDefaults.ProxyWarningStrength, MethodText(facts))}; " +
                           $"leaving {Quote(proxy.Attribute)} out of the features does not remove its signal while {(facts.Proxies.Count == 1 ? "that column is" : "those columns are")} among them. " +
                           $"Review the fairness gates, drop or transform the column, or set gates.data.maxProxyStrength to decide (warned at strength {GateNumberFormat.Threshold(DataCheckDefaults.ProxyWarningStrength)} and above while no bound is set)";
            }
        }

        private static string Skipped(JudgedDataFile file)
        {
            SkippedRows skipped = file.Profile.Skipped;
            string lines = string.Join("; ", skipped.First.Select(r => $"line {r.Line}: {r.Reason}"));
            string more = skipped.Count > skipped.First.Count ? $"; … and {GateNumberFormat.Count(skipped.Count - skipped.First.Count)} more" : "";
            return $"{GateNumberFormat.Rows(skipped.Count)} of the {Describe(file)} could not be read and {(skipped.Count == 1 ? "was" : "were")} skipped (data.onBadRow is \"skip\"), " +
                   $"{GateNumberFormat.Rows(file.Profile.Rows)} kept: {lines}{more}. Fix: correct those rows, or set data.onBadRow to \"error\" to stop at the first";
        }

        private static string MinRows(GateResult gate, JudgedDataFile file, bool passed)
        {
            int rows = file.Profile.Rows;
            string threshold = GateNumberFormat.GroupedThreshold(gate.Threshold);
            return passed
                ? $"the {Describe(file)} has {GateNumberFormat.Rows(rows)}, meeting the minimum {threshold}"
                : $"the {Describe(file)} has {GateNumberFormat.Rows(rows)}, fewer than the minimum {threshold} set here{SkippedNote(file)}; " +
                  "more data is needed before the model can be trusted, or a lower minimum agreed";
        }

        private static string MissingRate(GateResult gate, DataGateFacts facts, bool passed, string threshold)
        {
            JudgedDataFile file = facts.File!;
            DataFileProfile profile = file.Profile;
            double rate = profile.MissingRate;
            long cells = (long)profile.Rows * profile.Columns.Count;
            string counts = $"{GateNumberFormat.Count(profile.MissingCells)} of {GateNumberFormat.Count(cells)} cells";
            if (passed)
            {
                return $"missing values are {GateNumberFormat.PassingValue(rate, gate.Threshold, atLeast: false)} of the {Describe(file)} ({counts}), within the maximum {threshold}";
            }

            string worst = string.Join(", ", facts.Columns.Take(3).Select(c => $"{Quote(c.Name)} {GateNumberFormat.Fixed(c.MissingRate, 3)}"));
            return $"missing values are {GateNumberFormat.Value(rate, gate.Threshold)} of the {Describe(file)} ({counts}), above the maximum {threshold} set here; " +
                   $"most in {worst}; find where the values are lost, or drop columns the model can do without";
        }

        private static string MissingRateEachColumn(GateResult gate, DataGateFacts facts, bool passed, string threshold)
        {
            JudgedDataFile file = facts.File!;
            ColumnProfile? worst = facts.Column;
            if (worst is null)
            {
                return $"every column of the {Describe(file)} has its own bound";
            }

            double rate = worst.MissingRate;
            if (passed)
            {
                return $"no column of the {Describe(file)} is missing more than {GateNumberFormat.PassingValue(rate, gate.Threshold, atLeast: false)} ({Quote(worst.Name)}), within the maximum {threshold}";
            }

            IReadOnlyList<ColumnProfile> over = facts.Columns;
            string others = over.Count > 1
                ? "; also " + string.Join(", ", over.Skip(1).Take(5).Select(c => $"{Quote(c.Name)} {GateNumberFormat.Value(c.MissingRate, gate.Threshold)}")) + (over.Count > 6 ? " …" : "")
                : "";
            return $"column {Quote(worst.Name)} of the {Describe(file)} is missing in {GateNumberFormat.Value(rate, gate.Threshold)} of its rows " +
                   $"({GateNumberFormat.Count(worst.Missing)} of {GateNumberFormat.Count(file.Profile.Rows)}), above the maximum {threshold} set here{others}";
        }

        private static string MissingRateColumn(GateResult gate, DataGateFacts facts, bool passed, string threshold)
        {
            JudgedDataFile file = facts.File!;
            ColumnProfile? column = facts.Column;
            if (column is null)
            {
                return $"column {Quote(facts.ColumnName!)} named here is not in the {Describe(file)}; correct the name (names are compared exactly, case included)";
            }

            string counts = $"{GateNumberFormat.Count(column.Missing)} of {GateNumberFormat.Count(file.Profile.Rows)} rows";
            return passed
                ? $"column {Quote(column.Name)} of the {Describe(file)} is missing in {GateNumberFormat.PassingValue(column.MissingRate, gate.Threshold, atLeast: false)} of its rows ({counts}), within the maximum {threshold}"
                : $"column {Quote(column.Name)} of the {Describe(file)} is missing in {GateNumberFormat.Value(column.MissingRate, gate.Threshold)} of its rows ({counts}), above the maximum {threshold} set here";
        }

        private static string Duplicates(GateResult gate, JudgedDataFile file, bool passed, string threshold)
        {
            DuplicateSummary duplicates = file.Profile.Duplicates;
            string counts = $"{GateNumberFormat.Count(duplicates.DuplicateRows)} of {GateNumberFormat.Rows(duplicates.Rows)}";
            if (passed)
            {
                return $"rows repeating an earlier row are {GateNumberFormat.PassingValue(duplicates.Rate, gate.Threshold, atLeast: false)} of the {Describe(file)} ({counts}), within the maximum {threshold}";
            }

            string examples = string.Join(", ", duplicates.First.Take(3).Select(m => $"line {m.Line} repeats line {m.MatchLine}"));
            return $"{counts} of the {Describe(file)} repeat an earlier row exactly, a rate of {GateNumberFormat.Value(duplicates.Rate, gate.Threshold)} above the maximum {threshold} set here " +
                   $"({examples}); duplicates give some rows extra weight and, split across training and test data, overstate the model";
        }

        private static string Overlap(GateResult gate, DataGateFacts facts, bool passed, string threshold)
        {
            OverlapSummary overlap = facts.Overlap!;
            string train = facts.TrainName;
            string counts = $"{GateNumberFormat.Count(overlap.InTraining)} of the {GateNumberFormat.Rows(overlap.TestRows)} of {Quote(facts.TestName)}";
            if (passed)
            {
                return $"{counts} also appear in the training data, a rate of {GateNumberFormat.PassingValue(overlap.Rate, gate.Threshold, atLeast: false)} within the maximum {threshold}";
            }

            string examples = string.Join(", ", overlap.First.Take(3).Select(m => $"line {m.Line} = {Quote(train)} line {m.MatchLine}"));
            return $"{counts} also appear in the training data {Quote(train)}, a rate of {GateNumberFormat.Value(overlap.Rate, gate.Threshold)} above the maximum {threshold} set here " +
                   $"({examples}); the model has seen those rows, so its test figures overstate it: split the data so that no row is in both files";
        }

        private static string Balance(GateResult gate, JudgedDataFile file, bool passed, string threshold)
        {
            LabelProfile label = file.Profile.Label;
            double share = label.MinorityShare;
            bool positiveRarer = label.Positives <= label.Negatives;
            string rarer = positiveRarer ? label.Positive : label.Negative ?? "(none)";
            string counts = $"{GateNumberFormat.Count(System.Math.Min(label.Positives, label.Negatives))} of {GateNumberFormat.Rows(file.Profile.Rows)}";
            return passed
                ? $"the rarer class {Quote(rarer)} is {GateNumberFormat.PassingValue(share, gate.Threshold, atLeast: true)} of the {Describe(file)} ({counts}), meeting the minimum {threshold}"
                : $"the rarer class {Quote(rarer)} of {Quote(label.Column)} is {GateNumberFormat.Value(share, gate.Threshold)} of the {Describe(file)} ({counts}), below the minimum {threshold} set here; " +
                  "gather more rows of that class, or agree a lower minimum and judge the model on metrics that respect the imbalance";
        }

        private static string GroupRows(GateResult gate, DataGateFacts facts, bool passed)
        {
            JudgedDataFile file = facts.File!;
            string attribute = Quote(facts.Groups!.Attribute);
            string threshold = GateNumberFormat.GroupedThreshold(gate.Threshold);
            IReadOnlyList<GroupCount> deciding = facts.DecidingGroups;
            if (deciding.Count == 0)
            {
                return $"every row of the {Describe(file)} is missing the sensitive attribute {attribute}, so no group meets the minimum {threshold} set here";
            }

            GroupCount smallest = deciding[0];
            if (passed)
            {
                return $"the smallest group of {attribute} in the {Describe(file)}, {Quote(smallest.Group)}, has {GateNumberFormat.Rows(smallest.Rows)}, meeting the minimum {threshold}";
            }

            string others = deciding.Count > 1
                ? "; also " + string.Join(", ", deciding.Skip(1).Take(5).Select(g => $"{Quote(g.Group)} {GateNumberFormat.Count(g.Rows)}")) + (deciding.Count > 6 ? " …" : "")
                : "";
            return $"group {Quote(smallest.Group)} of the sensitive attribute {attribute} has {GateNumberFormat.Rows(smallest.Rows)} in the {Describe(file)}, fewer than the minimum {threshold} set here{others}; " +
                   "a model learns little about a group it rarely sees: gather more rows of it, or merge groups with data.bins where that is meaningful";
        }

        private static string Leakage(GateResult gate, DataGateFacts facts, string threshold)
        {
            string label = Quote(facts.Label);
            string method = MethodText(facts);
            if (gate.Status == GateStatus.InsufficientData)
            {
                return "no column's AUC on the label is defined (the data holds one class), so leakage cannot be measured";
            }

            if (facts.Mode != JudgingMode.PointEstimate)
            {
                ColumnAuc deciding = facts.Leaking[0];
                string others = Others(facts.Leaking.Skip(1).Select(c => (c.Column, $"AUC {GateNumberFormat.Value(c.Auc!.Value, gate.Threshold)}")), facts, gate.Threshold);
                string judged = $"the out-of-sample AUC of column {Quote(deciding.Column)} on the label {label}, {WithInterval(gate, facts, method)}{others}";
                return gate.Status == GateStatus.Passed ? judged
                    : judged + "; a column this predictive is usually known only after the outcome (leakage): remove it from the data or the model's features, or raise the maximum if it is legitimate";
            }

            if (gate.Status == GateStatus.Passed)
            {
                ColumnAuc top = facts.Leaking[0];
                return $"no column predicts the label {label} on its own with an AUC above {GateNumberFormat.PassingValue(top.Auc!.Value, gate.Threshold, atLeast: false)} ({Quote(top.Column)}; {method}), within the maximum {threshold}";
            }

            return $"{LeakageSentence(facts.Leaking, label, gate.Threshold)}, above the maximum {threshold} set here ({method}); " +
                   "a column this predictive is usually known only after the outcome (leakage): remove it from the data or the model's features, or raise the maximum if it is legitimate";
        }

        private static string Proxy(GateResult gate, DataGateFacts facts, string threshold)
        {
            ProxyReport proxy = facts.Proxy!;
            string method = MethodText(facts);
            if (gate.Status == GateStatus.InsufficientData)
            {
                return proxy.Groups < 2
                    ? $"the sensitive attribute {Quote(proxy.Attribute)} has {proxy.Groups} group{(proxy.Groups == 1 ? "" : "s")} in the data, so no column can predict it"
                    : $"no column's strength as a proxy of {Quote(proxy.Attribute)} is defined";
            }

            IReadOnlyList<ProxyColumn> columns = facts.Proxies;
            if (facts.Mode != JudgingMode.PointEstimate)
            {
                ProxyColumn deciding = columns[0];
                string measure = proxy.Measure == ProxyReport.Auc ? $"from out-of-sample AUC {GateNumberFormat.Fixed(deciding.Auc!.Value, 3)}; " : "bias-corrected Cramér's V; ";
                string others = Others(columns.Skip(1).Select(c => (c.Column, $"strength {GateNumberFormat.Value(c.Strength!.Value, gate.Threshold)}")), facts, gate.Threshold);
                string judged = $"the strength of column {Quote(deciding.Column)} as a proxy of the sensitive attribute {Quote(proxy.Attribute)}, {WithInterval(gate, facts, measure + method)}{others}";
                return gate.Status == GateStatus.Passed ? judged
                    : judged + $"; leaving {Quote(proxy.Attribute)} out of the features does not remove its signal while {(columns.Count == 1 ? "that column is" : "those columns are")} among them: drop or transform the column, or raise the maximum after a fairness review";
            }

            if (gate.Status == GateStatus.Passed)
            {
                ProxyColumn top = columns[0];
                return $"no column predicts the sensitive attribute {Quote(proxy.Attribute)} with a strength above {GateNumberFormat.PassingValue(top.Strength!.Value, gate.Threshold, atLeast: false)} ({Quote(top.Column)}; {method}), within the maximum {threshold}";
            }

            return $"{ProxySentence(columns, proxy, gate.Threshold, method)}, above the maximum strength {threshold} set here; " +
                   $"leaving {Quote(proxy.Attribute)} out of the features does not remove its signal while {(columns.Count == 1 ? "that column is" : "those columns are")} among them: drop or transform the column, or raise the maximum after a fairness review";
        }

        /// <summary>
        /// A figure judged with its interval, in the metric gates' words: "0.991 (95% CI 0.98–1.00, burden of proof; learned
        /// on 'train.csv', measured on 'test.csv'), is above the maximum 0.95 set here".
        /// </summary>
        private static string WithInterval(GateResult gate, DataGateFacts facts, string how)
        {
            GateVerdict verdict = gate.Verdict!;
            double value = gate.Value!.Value;
            string interval = FairnessText.Interval(gate.Interval, gate.Threshold, verdict.FellBackToPoint(facts.Mode));
            return $"{VerdictWords.Shown(value, gate.Threshold, isMinimum: false, verdict)} ({interval}, {FairnessText.ModeWords(facts.Mode)}; {how}), " +
                   VerdictWords.Verdict(verdict, facts.Mode, isMinimum: false, GateNumberFormat.Threshold(gate));
        }

        /// <summary>"; also 'b' (AUC 0.861, 95% CI 0.83–0.89)" for the other columns that failed, up to five; else "".</summary>
        private static string Others(IEnumerable<(string Column, string Figure)> others, DataGateFacts facts, double threshold)
        {
            List<(string Column, string Figure)> list = others.ToList();
            if (list.Count == 0) return "";
            string Of((string Column, string Figure) c)
            {
                facts.ColumnIntervals.TryGetValue(c.Column, out Interval? interval);
                return $"{Quote(c.Column)} ({c.Figure}, {FairnessText.Interval(interval, threshold, fallsBackToPoint: false)})";
            }

            return "; also " + string.Join(", ", list.Take(5).Select(Of)) + (list.Count > 5 ? " …" : "");
        }

        /// <summary>"column 'leak' predicts the label 'y' on its own with out-of-sample AUC 0.991", or the same for several columns.</summary>
        private static string LeakageSentence(IReadOnlyList<ColumnAuc> columns, string label, double threshold)
        {
            if (columns.Count == 1)
                return $"column {Quote(columns[0].Column)} predicts the label {label} on its own with out-of-sample AUC {GateNumberFormat.Value(columns[0].Auc!.Value, threshold)}";
            return $"columns {string.Join(", ", columns.Take(5).Select(c => $"{Quote(c.Column)} (AUC {GateNumberFormat.Value(c.Auc!.Value, threshold)})"))}{(columns.Count > 5 ? " …" : "")} " +
                   $"each predict the label {label} on their own, out of sample";
        }

        /// <summary>"column 'c' predicts the sensitive attribute 's' on its own (out-of-sample AUC 0.866, strength 0.731; method)", or the same for several columns.</summary>
        private static string ProxySentence(IReadOnlyList<ProxyColumn> columns, ProxyReport proxy, double threshold, string method)
        {
            string Figure(ProxyColumn c) => proxy.Measure == ProxyReport.Auc
                ? $"out-of-sample AUC {GateNumberFormat.Fixed(c.Auc!.Value, 3)}, strength {GateNumberFormat.Value(c.Strength!.Value, threshold)}"
                : $"bias-corrected Cramér's V {GateNumberFormat.Value(c.Strength!.Value, threshold)}";
            string attribute = Quote(proxy.Attribute);
            if (columns.Count == 1) return $"column {Quote(columns[0].Column)} predicts the sensitive attribute {attribute} on its own ({Figure(columns[0])}; {method})";
            return $"columns {string.Join(", ", columns.Take(5).Select(c => $"{Quote(c.Column)} ({Figure(c)})"))}{(columns.Count > 5 ? " …" : "")} " +
                   $"each predict the sensitive attribute {attribute} on their own ({method})";
        }

        private static string MethodText(DataGateFacts facts)
        {
            string train = Quote(facts.TrainName), test = Quote(facts.TestName);
            switch (facts.Method)
            {
                case CheckMethods.TrainTest: return $"learned on {train}, measured on {test}";
                case CheckMethods.CrossFitted: return $"5-fold cross-fitted on {test}";
                case CheckMethods.OnTrainingData: return $"on {train}";
                default: return $"on {test}";
            }
        }

        /// <summary>"training data 'train.csv'".</summary>
        private static string Describe(JudgedDataFile file) => $"{(file.IsTraining ? "training data" : "test data")} {Quote(file.FileName)}";

        private static string SkippedNote(JudgedDataFile file) =>
            file.Profile.Skipped.Count == 0 ? "" : $" ({GateNumberFormat.Rows(file.Profile.Skipped.Count)} skipped as unreadable)";

        private static string Quote(string value) => DataDiagnostics.Quote(value);
    }
}
