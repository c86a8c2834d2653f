using System;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates
{
    /// <summary>A <c>judging</c> key, as every kind that weighs uncertainty writes it.</summary>
    internal static class JudgingSetting
    {
        /// <summary>The mode written at <paramref name="key"/>, or null when absent or not one of the modes (its error reported).</summary>
        public static JudgingMode? Read(ObjectReader reader, string key)
        {
            JsonString? text = reader.String(key);
            if (text == null)
            {
                return null;
            }

            string? value = reader.Choice(reader.KeyPath(key), text, ManifestValues.JudgingModes, Array.Empty<string>(), "");
            switch (value)
            {
                case "pointEstimate": return JudgingMode.PointEstimate;
                case "benefitOfTheDoubt": return JudgingMode.BenefitOfTheDoubt;
                case "burdenOfProof": return JudgingMode.BurdenOfProof;
                default: return null;
            }
        }
    }
}
