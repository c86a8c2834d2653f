using System.Collections.Generic;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates.Metrics
{
    /// <summary>Reads the settings of <c>gates.metrics</c> and <c>gates.business</c>: how their gates weigh uncertainty.</summary>
    internal static class MetricSettingsReader
    {
        /// <summary>Reads <paramref name="keys"/> (a subset of judging, confidence, resamples, seed) of the section into settings.</summary>
        public static MetricGateSettings Read(ReadContext context, ObjectReader reader, IReadOnlyList<string> keys)
        {
            var settings = new MetricGateSettings();
            foreach (string key in keys)
            {
                switch (key)
                {
                    case "judging":
                        JudgingMode? judging = JudgingSetting.Read(reader, key);
                        if (judging != null) settings.Judging = judging.Value;
                        break;
                    case "confidence":
                        Bound? confidence = reader.Number(key, NumberRange.ConfidenceLevel);
                        if (confidence != null) settings.Confidence = confidence.Value;
                        break;
                    case "resamples":
                        Bound? resamples = reader.Integer(key, NumberRange.BootstrapResamples);
                        if (resamples != null) settings.Resamples = (int)resamples.Value;
                        break;
                    case "seed":
                        Bound? seed = reader.Integer(key, NumberRange.Seed);
                        if (seed != null) settings.Seed = (int)seed.Value;
                        break;
                }

                JsonProperty? written = reader.Property(key);
                if (written != null)
                {
                    settings.SettingLocations[key] = context.At(written.Value);
                }
            }

            return settings;
        }
    }
}
