using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>A column that must not be a feature reaching a features column.</summary>
    internal sealed class FeatureLeak
    {
        /// <summary>Creates a finding.</summary>
        public FeatureLeak(Location location, string description, string featureColumn, bool onlyForbidden)
        {
            Location = location;
            Description = description;
            FeatureColumn = featureColumn;
            OnlyForbidden = onlyForbidden;
        }

        /// <summary>Where the column is named.</summary>
        public Location Location { get; }

        /// <summary>What the column is, for the message ("sensitive attribute 'sex' (aifactory.json data.sensitive)").</summary>
        public string Description { get; }

        /// <summary>The features column it reaches.</summary>
        public string FeatureColumn { get; }

        /// <summary>
        /// True when the column named at <see cref="Location"/> carries the forbidden column and nothing else: the
        /// forbidden column itself, or one every transform writing it made from forbidden columns only
        /// (ConvertType("ApprovedNumber", "Approved")). Leaving it out of the features then removes exactly that.
        /// </summary>
        public bool OnlyForbidden { get; }
    }
}
