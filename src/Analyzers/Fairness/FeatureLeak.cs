using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>A column that must not be a feature reaching a features column.</summary>
    internal sealed class FeatureLeak
    {
        /// <summary>Creates a finding.</summary>
        public FeatureLeak(Location location, string description, string featureColumn)
        {
            Location = location;
            Description = description;
            FeatureColumn = featureColumn;
        }

        /// <summary>Where the column is named.</summary>
        public Location Location { get; }

        /// <summary>What the column is, for the message ("sensitive attribute 'sex' (aifactory.json data.sensitive)").</summary>
        public string Description { get; }

        /// <summary>The features column it reaches.</summary>
        public string FeatureColumn { get; }
    }
}
