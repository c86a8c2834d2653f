using System;
using System.Collections.Generic;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Json;
using AiFactory.Core.Profiling;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Results.Record
{
    /// <summary>
    /// The one writer and the one reader of results.json: a <see cref="RunRecord"/> to its text and back. The text is
    /// deterministic (a fixed key order, two-space indents, '\n' line breaks, the shortest round-trip form of each
    /// number, a line break at the end), and what <see cref="Read"/> returns writes back to the same bytes.
    /// </summary>
    internal static class RunRecordJson
    {
        /// <summary>The results.json text of <paramref name="record"/>, ending with a line break.</summary>
        public static string Write(RunRecord record)
        {
            if (record is null) throw new ArgumentNullException(nameof(record));
            var w = new JsonTextWriter();
            w.StartObject();
            w.Property("schemaVersion", record.SchemaVersion);
            w.PropertyName("model");
            WriteModel(w, record.Model);
            w.Property("packageVersion", record.PackageVersion);
            w.PropertyName("fingerprints");
            if (record.Fingerprints is null)
            {
                w.Null();
            }
            else
            {
                w.StartObject();
                w.Property("training", record.Fingerprints.Training);
                w.Property("evaluation", record.Fingerprints.Evaluation);
                w.EndObject();
            }

            w.PropertyName("inputs");
            WriteArray(w, record.Inputs, (input) =>
            {
                w.StartObject();
                w.Property("role", input.Role);
                w.Property("file", input.File);
                w.Property("sha256", input.Sha256);
                w.EndObject();
            });
            w.Property("modelHash", record.ModelHash);
            w.PropertyName("data");
            WriteData(w, record.Data);
            w.Property("testRows", record.TestRows);
            w.Property("decisionThreshold", record.DecisionThreshold);
            w.PropertyName("metrics");
            WriteNamed(w, record.Metrics, value => w.Number(value));
            w.PropertyName("confusion");
            WriteConfusion(w, record.Confusion);
            w.PropertyName("business");
            WriteBusiness(w, record.Business);
            w.PropertyName("groups");
            WriteNamed(w, record.Groups, groups => WriteNamed(w, groups, group => WriteGroup(w, group)));
            w.PropertyName("fairness");
            WriteFairness(w, record.Fairness);
            w.PropertyName("gates");
            WriteArray(w, record.Gates, gate => WriteGate(w, gate));
            w.PropertyName("settings");
            if (record.Settings is null)
            {
                w.Null();
            }
            else
            {
                w.StartObject();
                w.Property("gateSeverity", record.Settings.GateSeverity);
                w.Property("skippedStages", record.Settings.SkippedStages);
                w.EndObject();
            }

            w.PropertyName("policy");
            WritePolicy(w, record.Policy);
            w.PropertyName("passed");
            if (record.Passed.HasValue) w.Boolean(record.Passed.Value);
            else w.Null();
            w.EndObject();
            return w.ToString();
        }

        /// <summary>
        /// Reads a results.json parsed by <see cref="JsonReader"/>. Keys the record does not know are left out; a part
        /// the file lacks is null (a hand-written baseline may hold only <c>metrics</c>).
        /// </summary>
        /// <exception cref="RunRecordFormatException">
        /// A key holds another kind of value than results.json has there; or <c>schemaVersion</c> is another version
        /// than <see cref="RunRecord.CurrentSchemaVersion"/> (<see cref="RunRecordFormatException.Path"/> is then
        /// <c>schemaVersion</c> and <see cref="RunRecordFormatException.Found"/> the version as written), checked first.
        /// </exception>
        public static RunRecord Read(JsonNode root)
        {
            if (root is null) throw new ArgumentNullException(nameof(root));
            if (!(root is JsonObject)) throw RecordObject.Wrong(root, "", "an object");
            RecordObject r = RecordObject.Of(root, "")!;
            return new RunRecord
            {
                SchemaVersion = ReadVersion(r),
                Model = ReadModel(r.Object("model")),
                PackageVersion = r.Text("packageVersion"),
                Fingerprints = r.Object("fingerprints") is RecordObject f
                    ? new FingerprintsRecord { Training = f.Text("training"), Evaluation = f.RequiredText("evaluation") }
                    : null,
                Inputs = r.Array("inputs", (node, path) =>
                {
                    RecordObject input = Required(node, path);
                    return new InputFile(input.RequiredText("role"), input.RequiredText("file"), input.RequiredText("sha256"));
                }),
                ModelHash = r.Text("modelHash"),
                Data = ReadData(r.Object("data")),
                TestRows = r.Integer("testRows"),
                DecisionThreshold = r.Number("decisionThreshold"),
                Metrics = r.Object("metrics")?.Named(NumberOrNull),
                Confusion = r.Object("confusion") is RecordObject c
                    ? new ConfusionRecord
                    {
                        TruePositives = c.Integer("truePositives") ?? 0,
                        FalsePositives = c.Integer("falsePositives") ?? 0,
                        TrueNegatives = c.Integer("trueNegatives") ?? 0,
                        FalseNegatives = c.Integer("falseNegatives") ?? 0,
                    }
                    : null,
                Business = ReadBusiness(r.Object("business")),
                Groups = r.Object("groups")?.Named((node, path) => Required(node, path).Named((g, p) => ReadGroup(Required(g, p)))),
                Fairness = ReadFairness(r.Object("fairness")),
                Gates = r.Array("gates", (node, path) => ReadGate(Required(node, path))),
                Settings = r.Object("settings") is RecordObject s
                    ? new SettingsRecord { GateSeverity = s.RequiredText("gateSeverity"), SkippedStages = s.Texts("skippedStages") }
                    : null,
                Policy = ReadPolicy(r.Object("policy")),
                Passed = r.Boolean("passed"),
            };
        }

        private static long? ReadVersion(RecordObject root)
        {
            const string name = "schemaVersion";
            JsonNode? node = root[name];
            if (node is null) return null;
            string expected = RunRecord.CurrentSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (node is JsonNumber number && number.TryGetInt64(out long version) && version == RunRecord.CurrentSchemaVersion) return version;
            throw new RunRecordFormatException(name, node is JsonNumber n ? n.Text : node.KindName, expected, node.Line, node.Column);
        }

        private static void WriteModel(JsonTextWriter w, ModelRecord? model)
        {
            if (model is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("name", model.Name);
            w.Property("task", model.Task);
            w.Property("source", model.Source);
            w.Property("owners", model.Owners);
            w.Property("intendedUse", model.IntendedUse);
            w.Property("threshold", model.Threshold);
            w.Property("seed", model.Seed);
            w.EndObject();
        }

        private static ModelRecord? ReadModel(RecordObject? model) => model is null ? null : new ModelRecord
        {
            Name = model.RequiredText("name"),
            Task = model.RequiredText("task"),
            Source = model.RequiredText("source"),
            Owners = model.Texts("owners"),
            IntendedUse = model.Text("intendedUse"),
            Threshold = model.Number("threshold") ?? 0,
            Seed = model.Integer("seed") ?? 0,
        };

        private static void WriteData(JsonTextWriter w, DataRecord? data)
        {
            if (data is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.PropertyName("test");
            WriteDataFile(w, data.Test);
            w.PropertyName("train");
            WriteDataFile(w, data.Train);
            w.PropertyName("overlap");
            DataReportJson.WriteOverlap(w, data.Overlap);
            w.PropertyName("leakage");
            DataReportJson.WriteLeakage(w, data.Leakage);
            w.PropertyName("proxies");
            DataReportJson.WriteProxies(w, data.Proxies);
            w.EndObject();
        }

        private static void WriteDataFile(JsonTextWriter w, DataFileRecord? file)
        {
            if (file is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("path", file.Path);
            w.Property("rows", file.Rows);
            w.PropertyName("profile");
            DataReportJson.WriteProfile(w, file.Profile);
            w.EndObject();
        }

        private static DataRecord? ReadData(RecordObject? data) => data is null ? null : new DataRecord
        {
            Test = ReadDataFile(data.Object("test")) ?? new DataFileRecord(),
            Train = ReadDataFile(data.Object("train")),
            Overlap = DataPart(data, "overlap", DataReportJson.ReadOverlap),
            Leakage = DataPart(data, "leakage", DataReportJson.ReadLeakage),
            Proxies = DataPart(data, "proxies", DataReportJson.ReadProxies),
        };

        private static DataFileRecord? ReadDataFile(RecordObject? file) => file is null ? null : new DataFileRecord
        {
            Path = file.RequiredText("path"),
            Rows = file.Integer("rows"),
            Profile = DataPart(file, "profile", node => DataReportJson.ReadProfile(node, file.PathOf("profile"))),
        };

        /// <summary>A part of <c>data</c> that the data report's JSON reads, its errors placed at the part.</summary>
        private static T? DataPart<T>(RecordObject parent, string name, Func<JsonNode, T> read)
            where T : class
        {
            JsonNode? node = parent[name];
            if (node is null || node.Kind == JsonKind.Null) return null;
            try
            {
                return read(node);
            }
            catch (FormatException e) when (!(e is RunRecordFormatException))
            {
                throw new RunRecordFormatException(parent.PathOf(name), $"{node.KindName} the data report cannot read ({e.Message.TrimEnd('.')})",
                    "the data report's form", node.Line, node.Column);
            }
        }

        private static void WriteConfusion(JsonTextWriter w, ConfusionRecord? confusion)
        {
            if (confusion is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("truePositives", confusion.TruePositives);
            w.Property("falsePositives", confusion.FalsePositives);
            w.Property("trueNegatives", confusion.TrueNegatives);
            w.Property("falseNegatives", confusion.FalseNegatives);
            w.EndObject();
        }

        private static void WriteBusiness(JsonTextWriter w, BusinessRecord? business)
        {
            if (business is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("kpi", business.Kpi);
            w.PropertyName("costs");
            CostsRecord? costs = business.Costs;
            if (costs is null)
            {
                w.Null();
            }
            else
            {
                w.StartObject();
                w.Property("truePositive", costs.TruePositive);
                w.Property("falsePositive", costs.FalsePositive);
                w.Property("trueNegative", costs.TrueNegative);
                w.Property("falseNegative", costs.FalseNegative);
                w.EndObject();
            }

            w.Property("costPer1000", business.CostPer1000);
            w.EndObject();
        }

        private static BusinessRecord? ReadBusiness(RecordObject? business) => business is null ? null : new BusinessRecord
        {
            Kpi = business.Text("kpi"),
            Costs = business.Object("costs") is RecordObject c
                ? new CostsRecord
                {
                    TruePositive = c.Number("truePositive") ?? 0,
                    FalsePositive = c.Number("falsePositive") ?? 0,
                    TrueNegative = c.Number("trueNegative") ?? 0,
                    FalseNegative = c.Number("falseNegative") ?? 0,
                }
                : null,
            CostPer1000 = business.Number("costPer1000"),
        };

        private static void WriteGroup(JsonTextWriter w, GroupFiguresRecord group)
        {
            w.StartObject();
            w.Property("n", group.N);
            w.Property("positives", group.Positives);
            w.Property("negatives", group.Negatives);
            w.Property("predictedPositives", group.PredictedPositives);
            w.Property("truePositives", group.TruePositives);
            w.Property("falsePositives", group.FalsePositives);
            w.Property("trueNegatives", group.TrueNegatives);
            w.Property("falseNegatives", group.FalseNegatives);
            foreach (NamedValue<double?> rate in group.Rates)
            {
                w.Property(rate.Name, rate.Value);
            }

            w.PropertyName("intervals");
            WriteNamed(w, group.Intervals, interval => WriteInterval(w, interval));
            w.Property("insufficient", group.Insufficient);
            w.EndObject();
        }

        private static readonly string[] GroupKeys =
        {
            "n", "positives", "negatives", "predictedPositives", "truePositives", "falsePositives", "trueNegatives", "falseNegatives",
            "intervals", "insufficient",
        };

        private static GroupFiguresRecord ReadGroup(RecordObject group) => new GroupFiguresRecord
        {
            N = group.Integer("n") ?? 0,
            Positives = group.Integer("positives") ?? 0,
            Negatives = group.Integer("negatives") ?? 0,
            PredictedPositives = group.Integer("predictedPositives") ?? 0,
            TruePositives = group.Integer("truePositives") ?? 0,
            FalsePositives = group.Integer("falsePositives") ?? 0,
            TrueNegatives = group.Integer("trueNegatives") ?? 0,
            FalseNegatives = group.Integer("falseNegatives") ?? 0,
            Rates = group.Named(NumberOrNull, GroupKeys),
            Intervals = group.Object("intervals")?.Named(ReadInterval) ?? Array.Empty<NamedValue<Interval?>>(),
            Insufficient = group.Text("insufficient"),
        };

        private static void WriteFairness(JsonTextWriter w, FairnessRecord? fairness)
        {
            if (fairness is null)
            {
                w.Null();
                return;
            }

            FairnessSettingsRecord settings = fairness.Settings;
            w.StartObject();
            w.PropertyName("settings");
            w.StartObject();
            w.Property("attributes", settings.Attributes);
            w.Property("intersections", settings.Intersections);
            w.Property("minGroupSize", settings.MinGroupSize);
            w.Property("minClassSize", settings.MinClassSize);
            w.Property("confidence", settings.Confidence);
            w.Property("resamples", settings.Resamples);
            w.Property("seed", settings.Seed);
            w.Property("judging", settings.Judging);
            w.Property("relativeTo", settings.RelativeTo);
            w.Property("onInsufficientData", settings.OnInsufficientData);
            w.EndObject();
            w.PropertyName("overall");
            WriteGroup(w, fairness.Overall);
            w.PropertyName("groupings");
            WriteNamed(w, fairness.Groupings, grouping =>
            {
                w.StartObject();
                w.Property("referenceGroup", grouping.ReferenceGroup);
                foreach (NamedValue<DisparityRecord> d in grouping.BetweenGroups)
                {
                    w.PropertyName(d.Name);
                    WriteDisparity(w, d.Value);
                }

                w.PropertyName("toOverall");
                WriteNamed(w, grouping.ToOverall, d => WriteDisparity(w, d));
                foreach (NamedValue<IReadOnlyList<NamedValue<DisparityRecord>>?> metric in grouping.ToReference)
                {
                    w.PropertyName(metric.Name);
                    WriteNamed(w, metric.Value, d => WriteDisparity(w, d));
                }

                w.EndObject();
            });
            w.EndObject();
        }

        private static FairnessRecord? ReadFairness(RecordObject? fairness)
        {
            if (fairness is null) return null;
            RecordObject settings = fairness.Object("settings") ?? throw Missing(fairness, "settings");
            return new FairnessRecord
            {
                Settings = new FairnessSettingsRecord
                {
                    Attributes = settings.Texts("attributes"),
                    Intersections = settings.Boolean("intersections") ?? false,
                    MinGroupSize = settings.Integer("minGroupSize") ?? 0,
                    MinClassSize = settings.Integer("minClassSize") ?? 0,
                    Confidence = settings.Number("confidence") ?? 0,
                    Resamples = settings.Integer("resamples") ?? 0,
                    Seed = settings.Integer("seed") ?? 0,
                    Judging = settings.RequiredText("judging"),
                    RelativeTo = settings.RequiredText("relativeTo"),
                    OnInsufficientData = settings.RequiredText("onInsufficientData"),
                },
                Overall = ReadGroup(fairness.Object("overall") ?? throw Missing(fairness, "overall")),
                Groupings = fairness.Object("groupings")?.Named(ReadGrouping) ?? Array.Empty<NamedValue<GroupingFairnessRecord>>(),
            };
        }

        /// <summary>The metrics whose disparities are taken to the reference group: their keys hold each end, or null.</summary>
        private static readonly string[] ReferenceGroupMetrics = ToReferenceNames();

        private static string[] ToReferenceNames()
        {
            var names = new List<string>();
            foreach (FairnessMetric metric in FairnessMetric.All)
            {
                foreach (DisparityReference reference in metric.References)
                {
                    if (reference == DisparityReference.ReferenceGroup) names.Add(metric.Name);
                }
            }

            return names.ToArray();
        }

        private static GroupingFairnessRecord ReadGrouping(JsonNode node, string path)
        {
            RecordObject grouping = Required(node, path);
            var except = new List<string>(ReferenceGroupMetrics) { "referenceGroup", "toOverall" };
            var toReference = new List<NamedValue<IReadOnlyList<NamedValue<DisparityRecord>>?>>();
            foreach (string metric in ReferenceGroupMetrics)
            {
                if (grouping[metric] != null)
                {
                    toReference.Add(new NamedValue<IReadOnlyList<NamedValue<DisparityRecord>>?>(metric, grouping.Object(metric)?.Named(ReadDisparity)));
                }
            }

            return new GroupingFairnessRecord
            {
                ReferenceGroup = grouping.Text("referenceGroup"),
                BetweenGroups = grouping.Named(ReadDisparity, except.ToArray()),
                ToOverall = grouping.Object("toOverall")?.Named(ReadDisparity) ?? Array.Empty<NamedValue<DisparityRecord>>(),
                ToReference = toReference,
            };
        }

        private static void WriteDisparity(JsonTextWriter w, DisparityRecord disparity)
        {
            w.StartObject();
            w.Property("value", disparity.Value);
            w.PropertyName("interval");
            WriteInterval(w, disparity.Interval);
            w.PropertyName("groups");
            WriteArray(w, disparity.Groups, group => WriteDecidingGroup(w, group));
            w.Property("insufficient", disparity.Insufficient);
            w.EndObject();
        }

        private static DisparityRecord ReadDisparity(JsonNode node, string path)
        {
            RecordObject disparity = Required(node, path);
            return new DisparityRecord
            {
                Value = disparity.Number("value"),
                Interval = ReadInterval(disparity["interval"], disparity.PathOf("interval")),
                Groups = disparity.Array("groups", ReadDecidingGroup),
                Insufficient = disparity.Text("insufficient"),
            };
        }

        private static void WriteDecidingGroup(JsonTextWriter w, DecidingGroup group)
        {
            w.StartObject();
            w.Property("group", group.Group);
            w.Property("metric", group.Metric);
            w.Property("value", group.Value);
            w.EndObject();
        }

        private static DecidingGroup ReadDecidingGroup(JsonNode node, string path)
        {
            RecordObject group = Required(node, path);
            return new DecidingGroup(group.RequiredText("group"), group.RequiredText("metric"), group.Number("value"));
        }

        private static void WriteInterval(JsonTextWriter w, Interval? interval)
        {
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

        private static Interval? ReadInterval(JsonNode? node, string path)
        {
            RecordObject? interval = RecordObject.Of(node, path);
            if (interval is null) return null;
            double? lower = interval.Number("lower");
            double? upper = interval.Number("upper");
            if (lower.HasValue != upper.HasValue || lower > upper)
            {
                throw new RunRecordFormatException(path, "an interval whose ends are out of order or only one given", "an interval", node!.Line, node.Column);
            }

            return new Interval(lower, upper, interval.Number("level") ?? 0, interval.RequiredText("method"),
                Count(interval, "resamples"), Count(interval, "undefinedResamples"));
        }

        private static void WriteGate(JsonTextWriter w, GateResultRecord gate)
        {
            w.StartObject();
            w.Property("id", gate.Id);
            w.Property("kind", gate.Kind);
            w.Property("metric", gate.Metric);
            w.Property("value", gate.Value);
            w.Property("judgedValue", gate.JudgedValue);
            w.PropertyName("interval");
            WriteInterval(w, gate.Interval);
            w.Property("threshold", gate.Threshold);
            w.Property("comparison", gate.Comparison);
            w.Property("status", gate.Status);
            w.Property("passedOnInterval", gate.PassedOnInterval);
            w.PropertyName("location");
            WriteLocation(w, gate.Location);
            w.Property("code", gate.Code);
            w.Property("message", gate.Message);
            w.Property("baselineValue", gate.BaselineValue);
            w.PropertyName("waiver");
            if (gate.Waiver is null)
            {
                w.Null();
            }
            else
            {
                w.StartObject();
                w.Property("gate", gate.Waiver.Gate);
                w.Property("who", gate.Waiver.Who);
                w.Property("why", gate.Waiver.Why);
                w.Property("expires", gate.Waiver.Expires);
                w.PropertyName("location");
                WriteLocation(w, gate.Waiver.Location);
                w.EndObject();
            }

            w.Property("attribute", gate.Attribute);
            w.Property("judging", gate.Judging);
            w.PropertyName("decidingGroups");
            WriteArray(w, gate.DecidingGroups, group => WriteDecidingGroup(w, group));
            w.EndObject();
        }

        private static GateResultRecord ReadGate(RecordObject gate) => new GateResultRecord
        {
            Id = gate.RequiredText("id"),
            Kind = gate.RequiredText("kind"),
            Metric = gate.RequiredText("metric"),
            Value = gate.Number("value"),
            JudgedValue = gate.Number("judgedValue"),
            Interval = ReadInterval(gate["interval"], gate.PathOf("interval")),
            Threshold = gate.Number("threshold") ?? 0,
            Comparison = gate.RequiredText("comparison"),
            Status = gate.RequiredText("status"),
            PassedOnInterval = gate.Boolean("passedOnInterval") ?? false,
            Location = ReadLocation(gate.Object("location")),
            Code = gate.Text("code"),
            Message = gate.RequiredText("message"),
            BaselineValue = gate.Number("baselineValue"),
            Waiver = gate.Object("waiver") is RecordObject waiver
                ? new WaiverRecord
                {
                    Gate = waiver.RequiredText("gate"),
                    Who = waiver.RequiredText("who"),
                    Why = waiver.RequiredText("why"),
                    Expires = waiver.RequiredText("expires"),
                    Location = ReadLocation(waiver.Object("location")) ?? new LocationRecord(),
                }
                : null,
            Attribute = gate.Text("attribute"),
            Judging = gate.Text("judging"),
            DecidingGroups = gate.Array("decidingGroups", ReadDecidingGroup),
        };

        private static void WriteLocation(JsonTextWriter w, LocationRecord? location)
        {
            if (location is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            w.Property("file", location.File);
            w.Property("line", location.Line);
            w.Property("column", location.Column);
            w.EndObject();
        }

        private static LocationRecord? ReadLocation(RecordObject? location) => location is null ? null : new LocationRecord
        {
            File = location.RequiredText("file"),
            Line = location.Integer("line") ?? 0,
            Column = location.Integer("column") ?? 0,
        };

        private static void WritePolicy(JsonTextWriter w, PolicyRecord? policy)
        {
            if (policy is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            WritePolicyFields(w, policy);
            w.PropertyName("applied");
            WriteArray(w, policy.Applied, applied =>
            {
                w.StartObject();
                WritePolicyFields(w, applied);
                w.EndObject();
            });
            w.EndObject();
        }

        private static void WritePolicyFields(JsonTextWriter w, AppliedPolicyRecord policy)
        {
            w.Property("file", policy.File);
            w.Property("name", policy.Name);
            w.Property("owners", policy.Owners);
            w.Property("waiversFile", policy.WaiversFile);
        }

        private static PolicyRecord? ReadPolicy(RecordObject? policy) => policy is null ? null : ReadPolicyFields(policy, new PolicyRecord
        {
            Applied = policy.Array("applied", (node, path) => ReadPolicyFields(Required(node, path), new AppliedPolicyRecord()))
                ?? Array.Empty<AppliedPolicyRecord>(),
        });

        private static T ReadPolicyFields<T>(RecordObject policy, T record)
            where T : AppliedPolicyRecord
        {
            record.File = policy.RequiredText("file");
            record.Name = policy.Text("name");
            record.Owners = policy.Texts("owners");
            record.WaiversFile = policy.Text("waiversFile");
            return record;
        }

        private static void WriteNamed<T>(JsonTextWriter w, IReadOnlyList<NamedValue<T>>? values, Action<T> write)
        {
            if (values is null)
            {
                w.Null();
                return;
            }

            w.StartObject();
            foreach (NamedValue<T> value in values)
            {
                w.PropertyName(value.Name);
                write(value.Value);
            }

            w.EndObject();
        }

        private static void WriteArray<T>(JsonTextWriter w, IReadOnlyList<T>? items, Action<T> write)
        {
            if (items is null)
            {
                w.Null();
                return;
            }

            w.StartArray();
            foreach (T item in items)
            {
                write(item);
            }

            w.EndArray();
        }

        private static RecordObject Required(JsonNode node, string path) =>
            RecordObject.Of(node, path) ?? throw RecordObject.Wrong(node, path, "an object");

        private static double? NumberOrNull(JsonNode node, string path) =>
            node.Kind == JsonKind.Null ? (double?)null : (node as JsonNumber)?.Value ?? throw RecordObject.Wrong(node, path, "a number or null");

        private static int? Count(RecordObject parent, string name)
        {
            long? value = parent.Integer(name);
            if (value is null) return null;
            return value >= 0 && value <= int.MaxValue ? (int)value.Value
                : throw RecordObject.Wrong(parent[name]!, parent.PathOf(name), "a count below 2^31");
        }

        private static RunRecordFormatException Missing(RecordObject parent, string name) =>
            new RunRecordFormatException(parent.PathOf(name), "absent", "an object", parent.Node.Line, parent.Node.Column);
    }
}
