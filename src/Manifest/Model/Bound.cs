using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>A threshold value and the place in the manifest that set it (the number itself).</summary>
    internal sealed class Bound
    {
        /// <summary>Creates a bound; <paramref name="text"/> is the number as written in the manifest, when known.</summary>
        public Bound(double value, SourceLocation location, string? text = null)
        {
            Value = value;
            Location = location;
            Text = text;
        }

        /// <summary>The number as written in the manifest ("0.80"), so messages quote it as the user wrote it; null when unknown.</summary>
        public string? Text { get; }

        /// <summary>The threshold.</summary>
        public double Value { get; }

        /// <summary>Where the number was written.</summary>
        public SourceLocation Location { get; }

        /// <summary>
        /// The waiver that lets this bound be looser than the policy's, or null. Gates judged against a waived bound
        /// report <c>waived</c>, never <c>passed</c>.
        /// </summary>
        public Waiver? Waiver { get; set; }
    }
}
