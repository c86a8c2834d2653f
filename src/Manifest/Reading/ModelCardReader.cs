using System.Collections.Generic;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Reads <c>model.card</c>: the human-written fields of the model card.</summary>
    internal static class ModelCardReader
    {
        /// <summary>Reads the object; each problem is reported at its place and leaves its field unwritten.</summary>
        public static ModelCardSection Read(ReadContext context, JsonObject node)
        {
            var card = new ObjectReader(context, node, "model.card", ManifestKeys.Card);
            var section = new ModelCardSection
            {
                Overview = card.String("overview")?.Value,
                Users = Texts(card, "users"),
                UseCases = Texts(card, "useCases"),
                OutOfScope = Texts(card, "outOfScope"),
                Limitations = Texts(card, "limitations"),
                Tradeoffs = Texts(card, "tradeoffs"),
                EthicalConsiderations = Texts(card, "ethicalConsiderations"),
                Risks = Risks(context, card),
                License = card.String("license")?.Value,
                References = Texts(card, "references"),
            };
            return section;
        }

        private static IReadOnlyList<string> Texts(ObjectReader card, string key)
        {
            List<JsonString>? items = card.StringArray(key, allowEmptyItems: false);
            return items == null ? System.Array.Empty<string>() : ObjectReader.Values(items);
        }

        private static IReadOnlyList<CardRisk> Risks(ReadContext context, ObjectReader card)
        {
            JsonProperty? property = card.Property("risks");
            if (property == null)
            {
                return System.Array.Empty<CardRisk>();
            }

            if (!(property.Value is JsonArray array))
            {
                card.WrongType("model.card.risks", "an array of { \"risk\": ..., \"mitigation\": ... } objects", property.Value,
                    "write \"risks\": [{ \"risk\": \"...\", \"mitigation\": \"...\" }]");
                return System.Array.Empty<CardRisk>();
            }

            var risks = new List<CardRisk>();
            for (int i = 0; i < array.Items.Count; i++)
            {
                string path = $"model.card.risks[{i}]";
                if (!(array.Items[i] is JsonObject item))
                {
                    card.WrongType(path, "an object", array.Items[i], "write { \"risk\": \"...\", \"mitigation\": \"...\" }");
                    continue;
                }

                var entry = new ObjectReader(context, item, path, ManifestKeys.CardRisk);
                JsonString? risk = entry.String("risk", requiredExample: "\"risk\": \"Drift after a change of lending policy\"");
                JsonString? mitigation = entry.String("mitigation", requiredExample: "\"mitigation\": \"Monthly drift gate on new applications\"");
                if (risk != null && mitigation != null)
                {
                    risks.Add(new CardRisk(risk.Value, mitigation.Value));
                }
            }

            return risks;
        }
    }
}
