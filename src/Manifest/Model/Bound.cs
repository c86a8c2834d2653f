using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>A threshold value and the place in the manifest that set it (the number itself).</summary>
    public sealed class Bound
    {
        /// <summary>Creates a bound.</summary>
        public Bound(double value, SourceLocation location)
        {
            Value = value;
            Location = location;
        }

        /// <summary>The threshold.</summary>
        public double Value { get; }

        /// <summary>Where the number was written.</summary>
        public SourceLocation Location { get; }
    }
}
