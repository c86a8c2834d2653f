using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Reads aifactory.waivers.json: every entry needs model, gate, who, why and an expiry date (AIF2028 otherwise).</summary>
    internal static class WaiversReader
    {
        private const string Example =
            "{ \"model\": \"LoanApproval\", \"gate\": \"metrics.auc\", \"who\": \"jane.doe@contoso.com\", \"why\": \"...\", \"expires\": \"2027-03-31\" }";

        public static List<Waiver> Read(ReadContext context, string text)
        {
            var waivers = new List<Waiver>();
            JsonNode? root = JsonFileText.Parse(context, text);
            if (root == null)
            {
                return waivers;
            }

            if (!(root is JsonObject rootObject))
            {
                context.Error(DiagnosticIds.WrongType,
                    TypeMismatch.Message("the waivers file", "a JSON object", root, "write { \"waivers\": [ " + Example + " ] }"),
                    context.At(root));
                return waivers;
            }

            var reader = new ObjectReader(context, rootObject, "", PolicyKeys.WaiversRoot);
            reader.String("$schema", allowEmpty: true);
            JsonProperty? list = reader.Property("waivers");
            if (list == null)
            {
                return waivers;
            }

            if (!(list.Value is JsonArray entries))
            {
                reader.WrongType("waivers", "an array of waivers", list.Value, "write \"waivers\": [ " + Example + " ]");
                return waivers;
            }

            for (int i = 0; i < entries.Items.Count; i++)
            {
                Waiver? waiver = ReadEntry(context, entries.Items[i], $"waivers[{i}]");
                if (waiver != null)
                {
                    waivers.Add(waiver);
                }
            }

            return waivers;
        }

        private static Waiver? ReadEntry(ReadContext context, JsonNode node, string path)
        {
            if (!(node is JsonObject entry))
            {
                context.Error(DiagnosticIds.WrongType, TypeMismatch.Message(path, "an object", node, "write " + Example), context.At(node));
                return null;
            }

            var reader = new ObjectReader(context, entry, path, PolicyKeys.Waiver);
            var waiver = new Waiver { Location = context.At(entry) };
            bool complete = true;
            foreach (string key in PolicyKeys.Waiver)
            {
                JsonProperty? property = reader.Property(key);
                if (property == null || !(property.Value is JsonString value) || value.Value.Trim().Length == 0)
                {
                    string found = property != null && !(property.Value is JsonString) ? $" (it is {TypeMismatch.Describe(property.Value)})" : "";
                    context.Error(DiagnosticIds.InvalidWaiver,
                        $"{path} needs a non-empty \"{key}\"{found}: a waiver says which model and gate, who granted it, why, and until when, e.g. {Example}",
                        property == null ? context.At(entry) : context.At(property.Value));
                    complete = false;
                    continue;
                }

                string text = value.Value.Trim();
                switch (key)
                {
                    case "model": waiver.Model = text; break;
                    case "who": waiver.Who = text; break;
                    case "why": waiver.Why = text; break;
                    case "gate":
                        waiver.Gate = text;
                        if (!WaivableGates.Names(text))
                        {
                            string? closest = Suggestions.Closest(text, WaivableGates.Paths);
                            string didYouMean = closest == null ? "" : $"did you mean \"{closest}\"? ";
                            context.Error(DiagnosticIds.InvalidWaiver,
                                $"{path}.gate \"{text}\" names no gate: {didYouMean}write the key path under gates of the setting the model loosens, " +
                                "e.g. \"metrics.auc\", \"fairness.demographicParityRatio\", \"fairness.minGroupSize\" or \"data.maxMissingRate\"",
                                context.At(value));
                            complete = false;
                        }

                        break;
                    case "expires":
                        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime expires))
                        {
                            context.Error(DiagnosticIds.InvalidWaiver,
                                $"{path}.expires \"{text}\" is not a date; write the last day the waiver stands as YYYY-MM-DD, e.g. \"2027-03-31\"",
                                context.At(value));
                            complete = false;
                        }
                        else
                        {
                            waiver.Expires = expires;
                            waiver.ExpiresText = text;
                        }

                        break;
                }
            }

            return complete ? waiver : null;
        }
    }
}
