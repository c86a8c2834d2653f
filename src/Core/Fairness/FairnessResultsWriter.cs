using System;
using System.Linq;
using AiFactory.Core.Gates;
using AiFactory.Core.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Writes the fairness parts of results.json: <c>groups.&lt;attribute&gt;.&lt;group&gt;</c> (intersections under
    /// <c>groups.&lt;a1&gt;&amp;&lt;a2&gt;</c>), the <c>fairness</c> section (settings, the whole test set, every
    /// disparity with its interval and deciding groups), and the fairness fields of a gate.
    /// </summary>
    public static class FairnessResultsWriter
    {
        /// <summary>Writes <c>"groups": { ... }</c> ({} without sensitive attributes).</summary>
        public static void WriteGroups(JsonTextWriter w, FairnessReport? report)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            w.PropertyName("groups");
            w.StartObject();
            if (report != null)
            {
                foreach (GroupingReport grouping in report.Groupings)
                {
                    w.PropertyName(grouping.Key);
                    w.StartObject();
                    foreach (GroupReport group in grouping.Groups)
                    {
                        w.PropertyName(group.Name);
                        WriteGroup(w, group);
                    }

                    w.EndObject();
                }
            }

            w.EndObject();
        }

        /// <summary>Writes <c>"fairness": { settings, overall, groupings }</c>, or null without sensitive attributes.</summary>
        public static void WriteFairness(JsonTextWriter w, FairnessReport? report, FairnessGates? gates)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            w.PropertyName("fairness");
            if (report is null)
            {
                w.Null();
                return;
            }

            FairnessSettings settings = report.Settings;
            w.StartObject();
            w.PropertyName("settings");
            w.StartObject();
            w.Property("attributes", settings.Attributes);
            w.Property("intersections", settings.Intersections);
            w.Property("minGroupSize", (long)settings.MinGroupSize);
            w.Property("minClassSize", (long)settings.MinClassSize);
            w.Property("confidence", settings.Confidence);
            w.Property("resamples", (long)settings.Resamples);
            w.Property("seed", (long)settings.Seed);
            w.Property("judging", FairnessText.ModeName(gates?.Judging ?? JudgingMode.BenefitOfTheDoubt));
            w.Property("relativeTo", (gates?.RelativeTo ?? FairnessReference.BetweenGroups) == FairnessReference.Overall ? "overall" : "groups");
            w.Property("onInsufficientData", ActionName(gates?.OnInsufficientData ?? InsufficientDataAction.Fail));
            w.EndObject();

            w.PropertyName("overall");
            WriteGroup(w, report.Overall);

            w.PropertyName("groupings");
            w.StartObject();
            foreach (GroupingReport grouping in report.Groupings)
            {
                w.PropertyName(grouping.Key);
                w.StartObject();
                w.Property("referenceGroup", grouping.ReferenceGroup);
                foreach (Disparity d in Disparity.All())
                {
                    if (d.Reference != DisparityReference.BetweenGroups) continue;
                    w.PropertyName(d.Metric.Name);
                    WriteDisparity(w, grouping, grouping.Disparities[d]);
                }

                w.PropertyName("toOverall");
                w.StartObject();
                foreach (Disparity d in Disparity.All())
                {
                    if (d.Reference != DisparityReference.Overall) continue;
                    w.PropertyName(d.Metric.Name);
                    WriteDisparity(w, grouping, grouping.Disparities[d]);
                }

                w.EndObject();
                foreach (FairnessMetric metric in FairnessMetric.All)
                {
                    if (!metric.References.Contains(DisparityReference.ReferenceGroup)) continue;
                    w.PropertyName(metric.Name);
                    if (grouping.ReferenceGroup is null)
                    {
                        w.Null();
                        continue;
                    }

                    w.StartObject();
                    foreach (Disparity d in Disparity.All())
                    {
                        if (d.Metric != metric) continue;
                        w.PropertyName(d.End!);
                        WriteDisparity(w, grouping, grouping.Disparities[d]);
                    }

                    w.EndObject();
                }

                w.EndObject();
            }

            w.EndObject();
            w.EndObject();
        }

        /// <summary>Writes an interval object, or null.</summary>
        public static void WriteInterval(JsonTextWriter w, Interval? interval)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (interval is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("lower", interval.Lower);
            w.Property("upper", interval.Upper);
            w.Property("level", interval.IsExact ? null : (double?)interval.Level);
            w.Property("method", interval.Method);
            w.Property("resamples", (long?)interval.Resamples);
            w.Property("undefinedResamples", (long?)interval.UndefinedResamples);
            w.EndObject();
        }

        /// <summary>Writes the fairness fields every gate carries (null for gates of other kinds).</summary>
        public static void WriteGateFields(JsonTextWriter w, GateResult gate)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            if (gate is null) throw new ArgumentNullException(nameof(gate));
            w.Property("attribute", gate.Attribute);
            w.Property("judging", gate.Judging);
            w.PropertyName("decidingGroups");
            if (gate.DecidingGroups is null)
            {
                w.Null();
                return;
            }

            w.StartArray();
            foreach (DecidingGroup group in gate.DecidingGroups)
            {
                w.StartObject();
                w.Property("group", group.Group);
                w.Property("metric", group.Metric);
                w.Property("value", group.Value);
                w.EndObject();
            }

            w.EndArray();
        }

        private static void WriteGroup(JsonTextWriter w, GroupReport group)
        {
            w.StartObject();
            w.Property("n", group.Counts.Total);
            w.Property("positives", group.Counts.Positives);
            w.Property("negatives", group.Counts.Negatives);
            w.Property("predictedPositives", group.Counts.PredictedPositives);
            w.Property("truePositives", group.Counts.TruePositives);
            w.Property("falsePositives", group.Counts.FalsePositives);
            w.Property("trueNegatives", group.Counts.TrueNegatives);
            w.Property("falseNegatives", group.Counts.FalseNegatives);
            foreach (GroupRate rate in GroupRate.All)
            {
                w.Property(rate.Name, group.Value(rate));
            }

            w.PropertyName("intervals");
            w.StartObject();
            foreach (GroupRate rate in GroupRate.All)
            {
                w.PropertyName(rate.Name);
                WriteInterval(w, group.IntervalOf(rate));
            }

            w.EndObject();
            w.Property("insufficient", group.Adequacy.Reason);
            w.EndObject();
        }

        private static void WriteDisparity(JsonTextWriter w, GroupingReport grouping, DisparityReport disparity)
        {
            w.StartObject();
            w.Property("value", disparity.Value);
            w.PropertyName("interval");
            WriteInterval(w, disparity.Interval);
            w.PropertyName("groups");
            if (disparity.Decision is null)
            {
                w.Null();
            }
            else
            {
                w.StartArray();
                foreach (int g in new[] { disparity.Decision.First, disparity.Decision.Second })
                {
                    w.StartObject();
                    w.Property("group", grouping.NameOf(g));
                    w.Property("metric", disparity.Decision.Rate.Name);
                    double value = grouping.RateOf(g, disparity.Decision.Rate);
                    w.Property("value", double.IsNaN(value) ? (double?)null : value);
                    w.EndObject();
                }

                w.EndArray();
            }

            w.Property("insufficient", disparity.Computable ? null
                : disparity.Disparity.UsesLabel ? "fewer than two groups have enough rows and enough of each class"
                : disparity.Disparity.Reference == DisparityReference.ReferenceGroup && grouping.ReferenceIndex < 0 ? "the reference group is not in the test data"
                : disparity.Disparity.Reference == DisparityReference.ReferenceGroup ? "the reference group, or every other group, has too few rows"
                : "fewer than two groups have enough rows");
            w.EndObject();
        }

        private static string ActionName(InsufficientDataAction action) =>
            action == InsufficientDataAction.Warn ? "warn" : action == InsufficientDataAction.Ignore ? "ignore" : "fail";
    }
}
