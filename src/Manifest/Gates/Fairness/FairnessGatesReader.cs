using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Fairness
{
    /// <summary>
    /// Reads and checks <c>gates.fairness</c>: the disparity gates (each with its allowed bounds), <c>everyGroup</c>
    /// floors and ceilings, and the settings of groups, intervals and judging. Cross-checks against data.sensitive
    /// (groups need sensitive attributes; a reference group is named per attribute).
    /// </summary>
    internal static class FairnessGatesReader
    {
        /// <param name="context">The reading.</param>
        /// <param name="property">The <c>fairness</c> property of gates (its name is where section-wide problems are reported).</param>
        /// <param name="node">Its object value.</param>
        /// <param name="data">The data section as read (sensitive attributes), or null when the manifest has none.</param>
        /// <param name="labelOnly">The predictions file has predicted labels only: no per-group auc.</param>
        public static FairnessGates Read(ReadContext context, JsonProperty property, JsonObject node, DataSection? data, bool labelOnly)
        {
            var reader = new ObjectReader(context, node, "gates.fairness", FairnessKeys.Section);
            var section = new FairnessGates { Location = context.At(property) };
            IReadOnlyList<string> sensitive = data?.Sensitive ?? Array.Empty<string>();

            ReadSettings(context, reader, section, sensitive);
            foreach (string setting in FairnessKeys.Settings)
            {
                JsonProperty? written = reader.Property(setting);
                if (written != null)
                {
                    section.SettingLocations[setting] = context.At(written.Value);
                }
            }

            var gates = new List<FairnessGate>();
            foreach (JsonProperty entry in reader.EffectiveProperties())
            {
                if (IsDisparity(entry.Name))
                {
                    FairnessGate? gate = ReadDisparity(context, reader, entry, sensitive);
                    if (gate != null)
                    {
                        gates.Add(gate);
                    }
                }
            }

            section.Disparities = gates;

            JsonObject? everyGroup = reader.Object("everyGroup", hint: "write { \"auc\": { \"min\": 0.70 }, \"fpr\": { \"max\": 0.20 } }");
            if (everyGroup != null)
            {
                section.EveryGroup = ReadEveryGroup(context, everyGroup, labelOnly);
            }

            bool hasGates = section.Disparities.Count > 0 || section.EveryGroup.Count > 0;
            if (hasGates && sensitive.Count == 0 && data != null)
            {
                context.Error(
                    DiagnosticIds.MissingKey,
                    "gates.fairness compares groups, but data.sensitive names no sensitive attribute to form them; " +
                    "add the columns to the data section, e.g. \"sensitive\": [\"sex\"]",
                    context.At(property));
            }

            return section;
        }

        private static void ReadSettings(ReadContext context, ObjectReader reader, FairnessGates section, IReadOnlyList<string> sensitive)
        {
            JsonProperty? intersections = reader.Property("intersections");
            if (intersections != null)
            {
                if (intersections.Value is JsonBoolean flag)
                {
                    section.Intersections = flag.Value;
                    if (flag.Value && sensitive.Count == 1)
                    {
                        context.Error(
                            DiagnosticIds.ConflictingKeys,
                            $"gates.fairness.intersections combines sensitive attributes, but data.sensitive names only '{sensitive[0]}'; " +
                            "add a second attribute to data.sensitive, or remove intersections",
                            context.At(intersections.Value));
                    }
                }
                else
                {
                    reader.WrongType("gates.fairness.intersections", "true or false", intersections.Value);
                }
            }

            Bound? minGroupSize = reader.Integer("minGroupSize", NumberRange.PositiveCount);
            if (minGroupSize != null)
            {
                section.MinGroupSize = (int)minGroupSize.Value;
                section.MinGroupSizeLocation = minGroupSize.Location;
            }

            Bound? minClassSize = reader.Integer("minClassSize", NumberRange.PositiveCount);
            if (minClassSize != null)
            {
                section.MinClassSize = (int)minClassSize.Value;
            }

            if (minGroupSize != null && minClassSize != null && minClassSize.Value > minGroupSize.Value)
            {
                context.Error(
                    DiagnosticIds.ConflictingKeys,
                    $"gates.fairness.minClassSize {minClassSize.Text} is above minGroupSize {minGroupSize.Text}, so no group could have enough of each class; " +
                    "lower minClassSize (positives and negatives each) or raise minGroupSize (rows)",
                    minClassSize.Location);
            }

            Bound? confidence = reader.Number("confidence", NumberRange.ConfidenceLevel);
            if (confidence != null)
            {
                section.Confidence = confidence.Value;
            }

            Bound? resamples = reader.Integer("resamples", NumberRange.BootstrapResamples);
            if (resamples != null)
            {
                section.Resamples = (int)resamples.Value;
            }

            Bound? seed = reader.Integer("seed", NumberRange.Seed);
            if (seed != null)
            {
                section.Seed = (int)seed.Value;
            }

            JudgingMode? judging = JudgingSetting.Read(reader, "judging");
            if (judging != null)
            {
                section.Judging = judging.Value;
            }

            FairnessReference? relativeTo = ReadRelativeTo(reader, "relativeTo");
            if (relativeTo != null)
            {
                section.RelativeTo = relativeTo.Value;
            }

            JsonString? onInsufficient = reader.String("onInsufficientData");
            if (onInsufficient != null)
            {
                string? value = reader.Choice("gates.fairness.onInsufficientData", onInsufficient, ManifestValues.InsufficientDataActions, Array.Empty<string>(), "");
                if (value != null)
                {
                    section.OnInsufficientData = value == "warn" ? InsufficientDataAction.Warn
                        : value == "ignore" ? InsufficientDataAction.Ignore : InsufficientDataAction.Fail;
                }
            }
        }

        private static FairnessGate? ReadDisparity(ReadContext context, ObjectReader parent, JsonProperty property, IReadOnlyList<string> sensitive)
        {
            string metric = property.Name;
            string path = "gates.fairness." + metric;
            bool difference = FairnessMetricNames.IsDifference(metric);
            bool disparateImpact = metric == FairnessMetricNames.DisparateImpact;
            string example = difference ? "{ \"max\": 0.10 }" : "{ \"min\": 0.80 }";
            if (!(property.Value is JsonObject entry))
            {
                string hint = property.Value is JsonNumber number
                    ? $"write {{ \"{(difference ? "max" : "min")}\": {number.Text} }}"
                    : $"write an object such as {example}";
                parent.WrongType(path, "an object", property.Value, hint);
                return null;
            }

            IReadOnlyList<string> keys = disparateImpact ? FairnessKeys.DisparateImpactBounds
                : difference ? FairnessKeys.DifferenceBounds : FairnessKeys.RatioBounds;
            var bounds = new ObjectReader(context, entry, path, keys);
            NumberRange range = difference || !disparateImpact ? NumberRange.UnitInterval : NumberRange.NonNegative;
            var gate = new FairnessGate(metric)
            {
                Location = context.At(property),
                Min = Contains(keys, "min") ? bounds.Number("min", range) : null,
                Max = Contains(keys, "max") ? bounds.Number("max", range) : null,
                Judging = JudgingSetting.Read(bounds, "judging"),
                RelativeTo = Contains(keys, "relativeTo") ? ReadRelativeTo(bounds, "relativeTo") : null,
            };

            if (!bounds.Has("min") && !bounds.Has("max") && !HasUnknownKey(entry, keys))
            {
                string what = disparateImpact ? "\"min\" (the four-fifths rule is { \"min\": 0.8 }) or \"max\""
                    : difference ? "\"max\" (the largest allowed gap, inclusive)" : "\"min\" (the smallest allowed ratio, inclusive)";
                context.Error(DiagnosticIds.MissingKey, $"{path} sets no bound; add {what}, e.g. {example}", context.At(entry));
                return null;
            }

            if (gate.Min != null && gate.Max != null && gate.Min.Value > gate.Max.Value)
            {
                context.Error(
                    DiagnosticIds.ConflictingKeys,
                    $"{path} min {gate.Min.Text} is above its max {gate.Max.Text}, so the gate can never pass; lower min or raise max",
                    gate.Min.Location);
                return null;
            }

            if (disparateImpact && context.IsPolicy)
            {
                // Group names belong to each model's data: the model names its reference group.
                JsonProperty? reference = bounds.Property("referenceGroup");
                if (reference != null)
                {
                    context.Error(
                        DiagnosticIds.UnknownKey,
                        "a policy cannot name the reference group of disparateImpact: group names belong to each model's data. " +
                        "Remove referenceGroup here; each model names its own in gates.fairness.disparateImpact.referenceGroup",
                        context.At(reference));
                    return null;
                }
            }
            else if (disparateImpact && !ReadReferenceGroups(context, bounds, entry, gate, sensitive))
            {
                return null;
            }

            return gate.Min != null || gate.Max != null ? gate : null;
        }

        /// <summary>
        /// <c>referenceGroup</c>: an object attribute → group, or a string when there is one sensitive attribute.
        /// Every sensitive attribute needs one: disparate impact is a comparison with a declared group.
        /// </summary>
        private static bool ReadReferenceGroups(ReadContext context, ObjectReader bounds, JsonObject entry, FairnessGate gate, IReadOnlyList<string> sensitive)
        {
            string path = "gates.fairness.disparateImpact.referenceGroup";
            JsonProperty? property = bounds.Property("referenceGroup");
            string example = sensitive.Count == 0
                ? "\"referenceGroup\": { \"sex\": \"Male\" }"
                : "\"referenceGroup\": { " + string.Join(", ", Map(sensitive, s => $"\"{s}\": \"...\"")) + " }";
            if (property == null)
            {
                context.Error(
                    DiagnosticIds.MissingKey,
                    "gates.fairness.disparateImpact compares every group with a reference group (AIF360's privileged group); " +
                    $"name one per sensitive attribute, e.g. {example}",
                    context.At(entry));
                return false;
            }

            var groups = new Dictionary<string, string>();
            gate.ReferenceGroupLocation = context.At(property.Value);
            if (property.Value is JsonString single)
            {
                if (bounds.CheckString(path, single, allowEmpty: false) == null)
                {
                    return false;
                }

                if (sensitive.Count != 1)
                {
                    bounds.WrongType(path, "an object naming a group per sensitive attribute", single,
                        sensitive.Count == 0 ? null : $"write {example}");
                    return false;
                }

                groups[sensitive[0]] = single.Value;
                gate.ReferenceGroups = groups;
                return true;
            }

            if (!(property.Value is JsonObject map))
            {
                bounds.WrongType(path, "an object naming a group per sensitive attribute", property.Value, $"write {example}");
                return false;
            }

            var reader = new ObjectReader(context, map, path, null);
            bool ok = true;
            foreach (JsonProperty attribute in reader.EffectiveProperties())
            {
                if (!Contains(sensitive, attribute.Name))
                {
                    string advice = sensitive.Count == 0
                        ? "data.sensitive names no attribute"
                        : Suggestions.DidYouMeanOrList(attribute.Name, sensitive, "sensitive attributes");
                    context.Error(
                        DiagnosticIds.InvalidValue,
                        $"'{attribute.Name}' in {path} is not a sensitive attribute; {advice}",
                        context.At(attribute));
                    ok = false;
                    continue;
                }

                JsonString? group = reader.CheckString($"{path}.{attribute.Name}", attribute.Value, allowEmpty: false);
                if (group == null)
                {
                    ok = false;
                    continue;
                }

                groups[attribute.Name] = group.Value;
            }

            if (!ok)
            {
                return false;
            }

            foreach (string attribute in sensitive)
            {
                if (!groups.ContainsKey(attribute))
                {
                    context.Error(
                        DiagnosticIds.MissingKey,
                        $"{path} names no reference group for the sensitive attribute '{attribute}'; add it, e.g. \"{attribute}\": \"...\" " +
                        "(the group every other group's selection rate is divided by)",
                        context.At(map));
                    return false;
                }
            }

            gate.ReferenceGroups = groups;
            return true;
        }

        private static List<GroupMetricGate> ReadEveryGroup(ReadContext context, JsonObject node, bool labelOnly)
        {
            var reader = new ObjectReader(context, node, "gates.fairness.everyGroup", null);
            var gates = new List<GroupMetricGate>();
            foreach (JsonProperty property in reader.EffectiveProperties())
            {
                string metric = property.Name;
                if (!Contains(FairnessMetricNames.GroupMetrics, metric))
                {
                    context.Error(
                        DiagnosticIds.UnknownMetric,
                        $"unknown metric '{metric}' in gates.fairness.everyGroup; {Suggestions.DidYouMeanOrList(metric, FairnessMetricNames.GroupMetrics, "per-group metrics")}",
                        context.At(property));
                    continue;
                }

                string path = "gates.fairness.everyGroup." + metric;
                if (labelOnly && metric == FairnessMetricNames.Auc)
                {
                    context.Error(
                        DiagnosticIds.ConflictingKeys,
                        "auc needs scores; a label-only predictions file has none (data.prediction). " +
                        "Remove this auc floor, or export the model's probabilities and name that column with data.score",
                        context.At(property));
                    continue;
                }

                if (!(property.Value is JsonObject entry))
                {
                    string hint = property.Value is JsonNumber number
                        ? $"write {{ \"min\": {number.Text} }} or {{ \"max\": {number.Text} }} (every group's floor or ceiling, inclusive)"
                        : "write an object with \"min\" or \"max\" (every group's floor or ceiling, inclusive)";
                    reader.WrongType(path, "an object", property.Value, hint);
                    continue;
                }

                var bounds = new ObjectReader(context, entry, path, FairnessKeys.GroupMetricBounds);
                var gate = new GroupMetricGate(metric)
                {
                    Location = context.At(property),
                    Min = bounds.Number("min", NumberRange.UnitInterval),
                    Max = bounds.Number("max", NumberRange.UnitInterval),
                    Judging = JudgingSetting.Read(bounds, "judging"),
                };

                if (!bounds.Has("min") && !bounds.Has("max"))
                {
                    if (!HasUnknownKey(entry, FairnessKeys.GroupMetricBounds))
                    {
                        context.Error(
                            DiagnosticIds.MissingKey,
                            $"{path} sets no bound; add \"min\" (every group's floor) or \"max\" (every group's ceiling), e.g. {{ \"min\": 0.70 }}",
                            context.At(entry));
                    }

                    continue;
                }

                if (gate.Min != null && gate.Max != null && gate.Min.Value > gate.Max.Value)
                {
                    context.Error(
                        DiagnosticIds.ConflictingKeys,
                        $"{path} min {gate.Min.Text} is above its max {gate.Max.Text}, so the gate can never pass; lower min or raise max",
                        gate.Min.Location);
                    continue;
                }

                if (gate.Min != null || gate.Max != null)
                {
                    gates.Add(gate);
                }
            }

            return gates;
        }

        private static FairnessReference? ReadRelativeTo(ObjectReader reader, string key)
        {
            JsonString? text = reader.String(key);
            if (text == null)
            {
                return null;
            }

            string? value = reader.Choice(reader.KeyPath(key), text, ManifestValues.FairnessReferences, Array.Empty<string>(), "");
            switch (value)
            {
                case "groups": return FairnessReference.BetweenGroups;
                case "overall": return FairnessReference.Overall;
                default: return null;
            }
        }

        private static bool IsDisparity(string name) => Contains(FairnessMetricNames.Disparities, name);

        // An entry holding only unknown keys already has its AIF2002 ("did you mean 'min'?"): one more error would be noise.
        private static bool HasUnknownKey(JsonObject entry, IReadOnlyList<string> keys)
        {
            foreach (JsonProperty property in entry.Properties)
            {
                if (!Contains(keys, property.Name))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (string v in values)
            {
                if (v == value)
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<string> Map(IReadOnlyList<string> values, System.Func<string, string> f)
        {
            foreach (string v in values)
            {
                yield return f(v);
            }
        }
    }
}
