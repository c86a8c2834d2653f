using System;
using System.Collections.Generic;
using System.Globalization;
using AiFactory.Core.Json;
using AiFactory.Core.Metrics;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// The part of the evaluation fairness needs from the rows: each group's confusion matrix and AUC with its DeLong
    /// variance, for every sensitive attribute and their intersection. Everything else (rates, disparities, bootstrap
    /// intervals) is computed from these counts, without the rows.
    /// </summary>
    internal sealed class GroupedCounts
    {
        /// <summary>Creates the figures.</summary>
        public GroupedCounts(double? overallAucVariance, IReadOnlyList<GroupingCounts> groupings)
        {
            OverallAucVariance = overallAucVariance;
            Groupings = groupings ?? throw new ArgumentNullException(nameof(groupings));
        }

        /// <summary>DeLong's variance of the overall AUC; null without scores or with fewer than two rows of a class.</summary>
        public double? OverallAucVariance { get; }

        /// <summary>One per sensitive attribute (data.sensitive order), then the intersection of all when there are several.</summary>
        public IReadOnlyList<GroupingCounts> Groupings { get; }

        /// <summary>The grouping with this key, or null.</summary>
        public GroupingCounts? Find(string key)
        {
            foreach (GroupingCounts grouping in Groupings)
            {
                if (grouping.Key == key) return grouping;
            }

            return null;
        }

        /// <summary>Writes the figures as a JSON object (doubles in round-trip form).</summary>
        public void Write(JsonTextWriter w)
        {
            if (w is null) throw new ArgumentNullException(nameof(w));
            w.StartObject();
            w.Property("overallAucVariance", OverallAucVariance);
            w.PropertyName("groupings");
            w.StartArray();
            foreach (GroupingCounts grouping in Groupings)
            {
                w.StartObject();
                w.Property("attributes", grouping.Attributes);
                w.PropertyName("groups");
                w.StartArray();
                foreach (GroupCounts group in grouping.Groups)
                {
                    w.StartObject();
                    w.Property("name", group.Name);
                    w.Property("truePositives", group.Confusion.TruePositives);
                    w.Property("falsePositives", group.Confusion.FalsePositives);
                    w.Property("trueNegatives", group.Confusion.TrueNegatives);
                    w.Property("falseNegatives", group.Confusion.FalseNegatives);
                    w.Property("auc", group.Auc);
                    w.Property("aucVariance", group.AucVariance);
                    w.EndObject();
                }

                w.EndArray();
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
        }

        /// <summary>Reads what <see cref="Write"/> wrote; <paramref name="problem"/> turns a shape problem into the exception to throw.</summary>
        public static GroupedCounts Read(JsonObject node, Func<string, Exception> problem)
        {
            if (node is null) throw new ArgumentNullException(nameof(node));
            if (problem is null) throw new ArgumentNullException(nameof(problem));
            var groupings = new List<GroupingCounts>();
            if (!(node["groupings"] is JsonArray array)) throw problem("has \"groups\" without a \"groupings\" array");
            foreach (JsonNode item in array.Items)
            {
                if (!(item is JsonObject grouping) || !(grouping["attributes"] is JsonArray attributesNode) || !(grouping["groups"] is JsonArray groupsNode))
                {
                    throw problem("has a grouping without \"attributes\" and \"groups\"");
                }

                var attributes = new List<string>();
                foreach (JsonNode attribute in attributesNode.Items)
                {
                    attributes.Add((attribute as JsonString)?.Value ?? throw problem("has an attribute name that is not a string"));
                }

                var groups = new List<GroupCounts>();
                foreach (JsonNode groupNode in groupsNode.Items)
                {
                    if (!(groupNode is JsonObject group) || !(group["name"] is JsonString name))
                    {
                        throw problem("has a group without a name");
                    }

                    var confusion = new ConfusionCounts(
                        Count(group, "truePositives", problem), Count(group, "falsePositives", problem),
                        Count(group, "trueNegatives", problem), Count(group, "falseNegatives", problem));
                    groups.Add(new GroupCounts(name.Value, confusion, OptionalNumber(group, "auc", problem), OptionalNumber(group, "aucVariance", problem)));
                }

                groupings.Add(new GroupingCounts(attributes, groups));
            }

            return new GroupedCounts(OptionalNumber(node, "overallAucVariance", problem), groupings);
        }

        private static long Count(JsonObject node, string name, Func<string, Exception> problem) =>
            node[name] is JsonNumber number && number.TryGetInt64(out long value) && value >= 0
                ? value
                : throw problem($"has a group whose \"{name}\" is not a count");

        private static double? OptionalNumber(JsonObject node, string name, Func<string, Exception> problem)
        {
            JsonNode? value = node[name];
            if (value is null || value.Kind == JsonKind.Null) return null;

            // Parsed from the text so that the bits written come back unchanged.
            return value is JsonNumber number
                ? double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
                : throw problem($"has a \"{name}\" that is not a number");
        }
    }
}
