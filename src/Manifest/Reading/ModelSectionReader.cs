using System.Collections.Generic;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Reads and checks the <c>model</c> section.</summary>
    internal static class ModelSectionReader
    {
        /// <summary>
        /// Reads the section; <paramref name="source"/> is the model's source, or null when it is invalid, so that the
        /// checks that depend on it stay quiet instead of piling errors on one mistake.
        /// </summary>
        public static ModelSection Read(ReadContext context, JsonObject node, out ModelSource? source)
        {
            var model = new ObjectReader(context, node, "model", ManifestKeys.Model);
            var section = new ModelSection { Location = context.At(node) };
            source = ModelSource.MLNet;

            JsonString? name = model.String("name", requiredExample: "\"name\": \"LoanApproval\"");
            if (name != null)
            {
                section.Name = name.Value;
                section.NameLocation = context.At(name);
            }

            JsonString? task = model.String("task");
            if (task != null)
            {
                string? value = model.Choice(
                    "model.task", task, ManifestValues.Tasks, ManifestValues.TasksNotSupportedYet,
                    "this release governs binary classification only");
                if (value != null)
                {
                    section.Task = value;
                }
            }

            List<JsonString>? owners = model.StringArray("owners", allowEmptyItems: false);
            if (owners != null)
            {
                section.Owners = ObjectReader.Values(owners);
            }

            JsonString? intendedUse = model.String("intendedUse");
            if (intendedUse != null)
            {
                section.IntendedUse = intendedUse.Value;
            }

            JsonString? sourceText = model.String("source");
            if (sourceText != null)
            {
                string? value = model.Choice(
                    "model.source", sourceText, ManifestValues.Sources, ManifestValues.SourcesNotSupportedYet,
                    "ONNX models arrive in a later release; until then, score the test set with the ONNX model and govern the scores with \"source\": \"predictions\"");
                source = value == "mlnet" ? ModelSource.MLNet : value == "predictions" ? ModelSource.Predictions : (ModelSource?)null;
                if (source != null)
                {
                    section.Source = source.Value;
                }
            }

            Bound? threshold = model.Number("threshold", NumberRange.UnitInterval);
            if (threshold != null)
            {
                section.Threshold = threshold.Value;
                section.ThresholdLocation = threshold.Location;
            }

            Bound? seed = model.Integer("seed", NumberRange.Seed);
            if (seed != null)
            {
                section.Seed = (int)seed.Value;
                section.SeedLocation = seed.Location;
            }

            JsonString? riskTier = model.String("riskTier");
            if (riskTier != null)
            {
                string? value = model.Choice("model.riskTier", riskTier, RiskTiers.Names, System.Array.Empty<string>(), "");
                if (value != null)
                {
                    section.RiskTier = RiskTiers.Parse(value)!.Value;
                    section.RiskTierLocation = context.At(riskTier);
                }
            }

            JsonObject? card = model.Object("card", hint: "write \"card\": { \"limitations\": [\"...\"] }");
            if (card != null)
            {
                section.Card = ModelCardReader.Read(context, card);
            }

            // A tier that does not read leaves nothing to check against: the AIF2010 above is the one problem.
            if (riskTier == null || section.RiskTierLocation != null)
            {
                CardRequirementCheck.Report(
                    section, section.RiskTier, section.RiskTierLocation ?? section.Location, context.Diagnostics.Add);
            }

            return section;
        }
    }
}
