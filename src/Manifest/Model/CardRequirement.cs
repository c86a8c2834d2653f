using System;
using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// A field of the model card that a risk tier requires: the table of docs/model-card.md ("What each tier requires"),
    /// in the order a missing field is reported.
    /// </summary>
    internal sealed class CardRequirement
    {
        private readonly Func<ModelSection, bool> _isWritten;

        private CardRequirement(string path, RiskTier tier, string example, Func<ModelSection, bool> isWritten)
        {
            Path = path;
            Tier = tier;
            Example = example;
            _isWritten = isWritten;
        }

        /// <summary>Every requirement, lowest tier first.</summary>
        public static IReadOnlyList<CardRequirement> All { get; } = new[]
        {
            new CardRequirement("model.intendedUse", RiskTier.Medium,
                "\"intendedUse\": \"Rank loan applications for a credit officer's review\"", m => m.IntendedUse != null),
            new CardRequirement("model.owners", RiskTier.Medium, "\"owners\": [\"credit-risk\"]", m => m.Owners.Count > 0),
            new CardRequirement("model.card.users", RiskTier.Medium,
                "\"card\": { \"users\": [\"Credit officers\"] }", m => m.Card.Users.Count > 0),
            new CardRequirement("model.card.limitations", RiskTier.Medium,
                "\"card\": { \"limitations\": [\"Trained on applications from 2020 to 2024 only\"] }", m => m.Card.Limitations.Count > 0),
            new CardRequirement("model.card.outOfScope", RiskTier.High,
                "\"card\": { \"outOfScope\": [\"Automatic rejection without a human review\"] }", m => m.Card.OutOfScope.Count > 0),
            new CardRequirement("model.card.tradeoffs", RiskTier.High,
                "\"card\": { \"tradeoffs\": [\"Recall favoured over precision: a missed default costs more than a review\"] }", m => m.Card.Tradeoffs.Count > 0),
            new CardRequirement("model.card.ethicalConsiderations", RiskTier.High,
                "\"card\": { \"ethicalConsiderations\": [\"Declined applicants may be harmed by a wrong decision\"] }", m => m.Card.EthicalConsiderations.Count > 0),
            new CardRequirement("model.card.risks", RiskTier.High,
                "\"card\": { \"risks\": [{ \"risk\": \"Drift after a change of lending policy\", \"mitigation\": \"Monthly drift gate\" }] }", m => m.Card.Risks.Count > 0),
        };

        /// <summary>The field's key path in aifactory.json.</summary>
        public string Path { get; }

        /// <summary>The lowest tier that requires it.</summary>
        public RiskTier Tier { get; }

        /// <summary>What to write, as the fix of the diagnostic.</summary>
        public string Example { get; }

        /// <summary>True when the manifest's model section writes the field with content.</summary>
        public bool IsWrittenIn(ModelSection model) => _isWritten(model);

        /// <summary>The requirements of a tier that the model section leaves unwritten, in table order.</summary>
        public static IReadOnlyList<CardRequirement> MissingFrom(ModelSection model, RiskTier tier)
        {
            var missing = new List<CardRequirement>();
            foreach (CardRequirement requirement in All)
            {
                if (requirement.Tier <= tier && !requirement.IsWrittenIn(model))
                {
                    missing.Add(requirement);
                }
            }

            return missing;
        }
    }
}
