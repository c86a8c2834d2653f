using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>The words of <see cref="RiskTier"/> in aifactory.json, lowest first.</summary>
    internal static class RiskTiers
    {
        /// <summary>The tier of a manifest that declares none (docs/model-card.md, "The default tier").</summary>
        public const RiskTier Default = RiskTier.Low;

        /// <summary>The values <c>model.riskTier</c> allows, lowest first.</summary>
        public static readonly IReadOnlyList<string> Names = new[] { "low", "medium", "high" };

        /// <summary>The tier's word.</summary>
        public static string NameOf(RiskTier tier) => Names[(int)tier];

        /// <summary>The tier of a word of <see cref="Names"/>, or null.</summary>
        public static RiskTier? Parse(string name)
        {
            for (int i = 0; i < Names.Count; i++)
            {
                if (Names[i] == name)
                {
                    return (RiskTier)i;
                }
            }

            return null;
        }
    }
}
