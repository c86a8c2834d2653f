using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;
using AiFactory.Core.Evaluation;
using AiFactory.Core.Fairness;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Data
{
    /// <summary>
    /// Judges <c>gates.data</c> against what the evaluation found in the data (<see cref="EvaluationRecord.Data"/>), so
    /// data gates follow the same staleness rule as every other gate; and warns, without a gate, about skipped rows,
    /// likely leakage and strong proxies. Each failed gate is an AIF3xxx error at the number that set its bound. Figures
    /// counted over a whole file are exact; the leakage AUC and the proxy strengths are estimates, judged with their
    /// intervals (<see cref="AssociationIntervals"/>) under <c>gates.data.judging</c>; a pass on the interval alone is AIF3020.
    /// </summary>
    internal sealed class DataGateKind : IIntervalGateKind
    {
        public string Name => GateKinds.Data;

        public string PassedOnIntervalCode => DiagnosticIds.DataPassedOnInterval;

        public GateMessages Messages { get; } = new DataGateMessages();

        public GateOutcomes Judge(GateContext context)
        {
            var outcomes = new GateOutcomes();
            ModelManifest manifest = context.Manifest;
            EvaluationRecord evaluation = context.Evaluation;
            DataGates? gates = manifest.Gates.Data;
            DataReport? report = evaluation.Data;
            if (report is null)
            {
                if (gates != null && gates.Any)
                {
                    outcomes.Add(new GateNotice(DiagnosticSeverity.Error, DiagnosticIds.StaleResults,
                        gates.Location ?? new SourceLocation(manifest.FilePath, 0, 0), new DataGateFacts(DataCheck.NoProfile, System.Array.Empty<JudgedDataFile>())));
                }

                return outcomes;
            }

            var files = new List<JudgedDataFile>();
            if (report.Train != null) files.Add(new JudgedDataFile(JudgedDataFile.Train, evaluation.TrainDataPath, report.Train));
            files.Add(new JudgedDataFile(JudgedDataFile.Test, evaluation.TestDataPath, report.Test));

            foreach (JudgedDataFile file in files) WarnSkipped(file, files, outcomes);
            MetricGateSettings settings = gates?.Settings ?? new MetricGateSettings();
            JudgingMode mode = settings.Judging;
            if (gates != null)
            {
                foreach (JudgedDataFile file in files)
                {
                    Bound? minRows = file.IsTraining ? gates.MinRowsTrain : gates.MinRowsTest;
                    if (minRows != null) outcomes.Add(MinRows(file, files, minRows, mode));
                }

                foreach (JudgedDataFile file in files) JudgeMissing(gates, file, files, outcomes, mode);
                if (gates.MaxDuplicateRate != null)
                {
                    foreach (JudgedDataFile file in files) outcomes.Add(Duplicates(file, files, gates.MaxDuplicateRate, mode));
                }

                if (gates.MaxOverlapRate != null && report.Overlap != null) outcomes.Add(Overlap(report.Overlap, files, gates.MaxOverlapRate, mode));
                if (gates.MinMinorityShare != null)
                {
                    foreach (JudgedDataFile file in files) outcomes.Add(Balance(file, files, gates.MinMinorityShare, mode));
                }

                if (gates.MinGroupRows != null)
                {
                    // The training data decides whether the model could learn every group; in predictions mode the one file.
                    JudgedDataFile learned = files[0];
                    foreach (GroupProfile groups in learned.Profile.Groups) outcomes.Add(GroupRows(learned, files, groups, gates.MinGroupRows, mode));
                }
            }

            JudgeLeakage(manifest, report, files, gates?.MaxLeakageAuc, settings, outcomes);
            JudgeProxies(manifest, report, files, gates?.MaxProxyStrength, settings, outcomes);
            return outcomes;
        }

        private static void WarnSkipped(JudgedDataFile file, List<JudgedDataFile> files, GateOutcomes outcomes)
        {
            SkippedRows skipped = file.Profile.Skipped;
            if (skipped.Count == 0) return;
            outcomes.Add(new GateNotice(DiagnosticSeverity.Warning, DiagnosticIds.RowsSkipped,
                new SourceLocation(file.Path ?? "", skipped.First.Count > 0 ? skipped.First[0].Line : 0, 0), new DataGateFacts(DataCheck.RowsSkipped, files, file)));
        }

        private static GateResult MinRows(JudgedDataFile file, List<JudgedDataFile> files, Bound bound, JudgingMode mode)
        {
            GateResult result = Start(DataCheck.MinRows, $"data.minRows.{file.Role}", "rows", bound, atLeast: true, files, file, mode);
            Decide(result, file.Profile.Rows, DiagnosticIds.TooFewRows);
            return result;
        }

        private static void JudgeMissing(DataGates gates, JudgedDataFile file, List<JudgedDataFile> files, GateOutcomes outcomes, JudgingMode mode)
        {
            DataFileProfile profile = file.Profile;
            if (gates.MaxMissingRate != null)
            {
                GateResult result = Start(DataCheck.MissingRate, $"data.maxMissingRate.{file.Role}", "missingRate", gates.MaxMissingRate, atLeast: false, files, file, mode);
                if (!Decide(result, profile.MissingRate, DiagnosticIds.TooManyMissing))
                {
                    Facts(result).Columns = profile.Columns.Where(c => c.Missing > 0).OrderByDescending(c => c.MissingRate).ToList();
                }

                outcomes.Add(result);
            }

            var own = new HashSet<string>(gates.MaxMissingRateColumns.Select(c => c.Column));
            if (gates.MaxMissingRateEachColumn != null)
            {
                Bound bound = gates.MaxMissingRateEachColumn;
                GateResult result = Start(DataCheck.MissingRateEachColumn, $"data.maxMissingRate.eachColumn.{file.Role}", "columnMissingRate", bound, atLeast: false, files, file, mode);
                List<ColumnProfile> judged = profile.Columns.Where(c => !own.Contains(c.Name)).OrderByDescending(c => c.MissingRate).ToList();
                ColumnProfile? worst = judged.FirstOrDefault();
                Facts(result).Column = worst;
                if (worst is null)
                {
                    // Every column has its own bound: nothing is left for this one to judge, and no column misses a value.
                    Decide(result, 0, DiagnosticIds.TooManyMissing);
                }
                else if (!Decide(result, worst.MissingRate, DiagnosticIds.TooManyMissing))
                {
                    Facts(result).Columns = judged.Where(c => !GateVerdict.Passes(c.MissingRate, bound.Value, isMinimum: false)).ToList();
                }

                outcomes.Add(result);
            }

            foreach (ColumnBound columnBound in gates.MaxMissingRateColumns)
            {
                GateResult result = Start(DataCheck.MissingRateColumn, $"data.maxMissingRate.columns.{columnBound.Column}.{file.Role}", "columnMissingRate", columnBound.Bound,
                    atLeast: false, files, file, mode);
                ColumnProfile? column = profile.Column(columnBound.Column);
                Facts(result).ColumnName = columnBound.Column;
                Facts(result).Column = column;
                if (column is null)
                {
                    result.Fail(DiagnosticIds.ColumnMissing);
                }
                else
                {
                    Decide(result, column.MissingRate, DiagnosticIds.TooManyMissing);
                }

                outcomes.Add(result);
            }
        }

        private static GateResult Duplicates(JudgedDataFile file, List<JudgedDataFile> files, Bound bound, JudgingMode mode)
        {
            GateResult result = Start(DataCheck.DuplicateRate, $"data.maxDuplicateRate.{file.Role}", "duplicateRate", bound, atLeast: false, files, file, mode);
            Decide(result, file.Profile.Duplicates.Rate, DiagnosticIds.TooManyDuplicates);
            return result;
        }

        private static GateResult Overlap(OverlapSummary overlap, List<JudgedDataFile> files, Bound bound, JudgingMode mode)
        {
            GateResult result = Start(DataCheck.OverlapRate, "data.maxOverlapRate", "overlapRate", bound, atLeast: false, files, null, mode);
            Facts(result).Overlap = overlap;
            Decide(result, overlap.Rate, DiagnosticIds.TrainTestOverlap);
            return result;
        }

        private static GateResult Balance(JudgedDataFile file, List<JudgedDataFile> files, Bound bound, JudgingMode mode)
        {
            GateResult result = Start(DataCheck.MinorityShare, $"data.minMinorityShare.{file.Role}", "minorityShare", bound, atLeast: true, files, file, mode);
            Decide(result, file.Profile.Label.MinorityShare, DiagnosticIds.LabelImbalance);
            return result;
        }

        private static GateResult GroupRows(JudgedDataFile file, List<JudgedDataFile> files, GroupProfile groups, Bound bound, JudgingMode mode)
        {
            GateResult result = Start(DataCheck.GroupRows, $"data.minGroupRows.{groups.Attribute}", "groupRows", bound, atLeast: true, files, file, mode);
            DataGateFacts facts = Facts(result);
            facts.Groups = groups;
            List<GroupCount> judged = groups.Groups.Where(g => !g.IsMissing).OrderBy(g => g.Rows).ToList();
            if (judged.Count == 0)
            {
                result.Fail(DiagnosticIds.GroupTooSmall);
                return result;
            }

            facts.DecidingGroups = Decide(result, judged[0].Rows, DiagnosticIds.GroupTooSmall)
                ? new[] { judged[0] }
                : judged.Where(g => !GateVerdict.Passes(g.Rows, bound.Value, isMinimum: true)).ToList();
            return result;
        }

        private static void JudgeLeakage(ModelManifest manifest, DataReport report, List<JudgedDataFile> files, Bound? bound, MetricGateSettings settings, GateOutcomes outcomes)
        {
            List<ColumnAuc> defined = report.Leakage.Columns.Where(c => c.Auc.HasValue).OrderByDescending(c => c.Auc!.Value).ToList();
            var facts = new DataGateFacts(DataCheck.Leakage, files) { Method = report.Leakage.Method, Label = manifest.Data.Label };
            if (bound is null)
            {
                // No gate: a column this predictive is still worth a warning; the gate makes it an error.
                facts.Leaking = defined.Where(c => GateVerdict.Passes(c.Auc!.Value, DataCheckDefaults.LeakageWarningAuc, isMinimum: true)).ToList();
                if (facts.Leaking.Count == 0) return;
                outcomes.Add(new GateNotice(DiagnosticSeverity.Warning, DiagnosticIds.LabelLeakage,
                    manifest.Data.LabelLocation ?? new SourceLocation(manifest.FilePath, 0, 0), facts));
                return;
            }

            GateResult result = Start(DataCheck.Leakage, "data.maxLeakageAuc", "leakageAuc", bound, atLeast: false, files, null, settings.Judging);
            facts.Mode = settings.Judging;
            result.Facts = facts;
            var intervals = new Dictionary<string, Interval?>();
            foreach (ColumnAuc column in defined) intervals[column.Column] = AssociationIntervals.OfLeakage(column, settings.Confidence);
            facts.ColumnIntervals = intervals;
            facts.Leaking = Strongest(result, defined, c => c.Auc!.Value, c => intervals[c.Column], DiagnosticIds.LabelLeakage);
            outcomes.Add(result);
        }

        private static void JudgeProxies(ModelManifest manifest, DataReport report, List<JudgedDataFile> files, Bound? bound, MetricGateSettings settings, GateOutcomes outcomes)
        {
            foreach (ProxyReport proxy in report.Proxies)
            {
                List<ProxyColumn> defined = proxy.Columns.Where(c => c.Strength.HasValue).OrderByDescending(c => c.Strength!.Value).ToList();
                var facts = new DataGateFacts(DataCheck.Proxy, files) { Method = proxy.Method, Proxy = proxy };
                if (bound is null)
                {
                    facts.Proxies = defined.Where(c => GateVerdict.Passes(c.Strength!.Value, DataCheckDefaults.ProxyWarningStrength, isMinimum: true)).ToList();
                    if (facts.Proxies.Count == 0) continue;
                    outcomes.Add(new GateNotice(DiagnosticSeverity.Warning, DiagnosticIds.SensitiveProxy, SensitiveLocation(manifest, proxy.Attribute), facts));
                    continue;
                }

                GateResult result = Start(DataCheck.Proxy, $"data.maxProxyStrength.{proxy.Attribute}", "proxyStrength", bound, atLeast: false, files, null, settings.Judging);
                facts.Mode = settings.Judging;
                result.Facts = facts;
                int seed = settings.Seed ?? manifest.Model.Seed;
                var intervals = new Dictionary<string, Interval?>();
                foreach (ProxyColumn column in defined) intervals[column.Column] = AssociationIntervals.OfProxy(proxy, column, settings.Confidence, settings.Resamples, seed);
                facts.ColumnIntervals = intervals;
                facts.Proxies = Strongest(result, defined, c => c.Strength!.Value, c => intervals[c.Column], DiagnosticIds.SensitiveProxy);
                outcomes.Add(result);
            }
        }

        /// <summary>
        /// Judges a maximum on the columns of <paramref name="defined"/> (strongest first), each with its interval under
        /// the gate's mode: the gate fails when any column fails, and reports the column that decided — the strongest that
        /// failed; when every column passed, the strongest (under burden of proof, the one whose interval reaches
        /// highest). Returns every column that failed, or the deciding column alone when the gate passed; insufficient
        /// data when no column's figure is defined.
        /// </summary>
        private static IReadOnlyList<T> Strongest<T>(GateResult result, List<T> defined, System.Func<T, double> figure, System.Func<T, Interval?> interval, string failCode)
        {
            if (defined.Count == 0)
            {
                result.Status = GateStatus.InsufficientData;
                return System.Array.Empty<T>();
            }

            JudgingMode mode = Facts(result).Mode;
            var verdicts = defined.Select(c => GateVerdict.Judge(figure(c), interval(c), result.Threshold, isMinimum: false, mode)).ToList();
            var failed = Enumerable.Range(0, defined.Count).Where(i => !verdicts[i].Passed).ToList();
            int decider = 0;
            if (failed.Count > 0)
            {
                decider = failed[0];
            }
            else if (mode == JudgingMode.BurdenOfProof)
            {
                for (int i = 1; i < defined.Count; i++)
                {
                    if (ReachOf(defined[i], figure, interval) > ReachOf(defined[decider], figure, interval)) decider = i;
                }
            }

            T deciding = defined[decider];
            result.Value = figure(deciding);
            result.JudgedValue = result.Value;
            result.Interval = interval(deciding);
            result.Decide(verdicts[decider], failCode);
            return failed.Count > 0 ? failed.Select(i => defined[i]).ToList() : (IReadOnlyList<T>)new[] { deciding };
        }

        /// <summary>How high a column's figure may be: its interval's upper end, or the figure without an interval.</summary>
        private static double ReachOf<T>(T column, System.Func<T, double> figure, System.Func<T, Interval?> interval) =>
            interval(column)?.Upper ?? figure(column);

        private static SourceLocation SensitiveLocation(ModelManifest manifest, string attribute)
        {
            DataSection data = manifest.Data;
            for (int i = 0; i < data.Sensitive.Count && i < data.SensitiveLocations.Count; i++)
            {
                if (data.Sensitive[i] == attribute) return data.SensitiveLocations[i];
            }

            return new SourceLocation(manifest.FilePath, 0, 0);
        }

        private static GateResult Start(DataCheck check, string id, string metric, Bound bound, bool atLeast, List<JudgedDataFile> files, JudgedDataFile? file,
            JudgingMode mode)
        {
            GateResult result = GateResult.Against(bound, id, metric, atLeast);
            result.Judging = FairnessText.ModeName(mode);
            result.Facts = new DataGateFacts(check, files, file) { Mode = mode };
            return result;
        }

        /// <summary>
        /// Judges a figure counted over the whole of a file against the gate's bound: a census, so its interval is the
        /// figure itself (<see cref="Interval.Exact"/>) and every mode decides by the figure; true when it passed.
        /// </summary>
        private static bool Decide(GateResult result, double value, string failCode)
        {
            result.Value = value;
            result.JudgedValue = value;
            result.Interval = Interval.Exact(value);
            result.Decide(GateVerdict.Judge(value, result.Interval, result.Threshold, result.IsMinimum, Facts(result).Mode), failCode);
            return result.Status == GateStatus.Passed;
        }

        private static DataGateFacts Facts(GateResult result) => GateFacts.Of<DataGateFacts>(result);
    }
}
