using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// AIF2033 for each model card field the model's risk tier requires (<see cref="CardRequirement"/>) and the manifest
    /// leaves unwritten: at <c>model.riskTier</c>, or at <c>model</c> when the tier is the default.
    /// </summary>
    internal static class CardRequirementCheck
    {
        /// <summary>Reports every missing field of <paramref name="tier"/> into <paramref name="report"/>.</summary>
        /// <param name="model">The model section read.</param>
        /// <param name="tier">The tier in force.</param>
        /// <param name="at">Where to report.</param>
        /// <param name="report">Receives each diagnostic.</param>
        public static void Report(ModelSection model, RiskTier tier, SourceLocation at, System.Action<Diagnostic> report)
        {
            string tierName = RiskTiers.NameOf(tier);
            string source = $"model.riskTier \"{tierName}\"";
            foreach (CardRequirement missing in CardRequirement.MissingFrom(model, tier))
            {
                report(Diagnostic.Error(
                    DiagnosticIds.CardFieldMissing,
                    $"{source} requires {missing.Path}, which the manifest does not write: the model card of a {tierName}-risk model " +
                    $"must state it. Add it to aifactory.json, e.g. {missing.Example}",
                    at));
            }
        }
    }
}
