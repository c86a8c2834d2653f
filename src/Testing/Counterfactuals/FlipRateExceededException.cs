using System;
using System.Globalization;

namespace AiFactory.Testing
{
    /// <summary>Too many decisions changed when only one attribute changed.</summary>
    public sealed class FlipRateExceededException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public FlipRateExceededException(CounterfactualResult result, double maxFlipRate)
            : base(string.Format(CultureInfo.InvariantCulture, "{0}; at most {1:0.##%} may change", result, maxFlipRate))
        {
            Result = result;
            MaxFlipRate = maxFlipRate;
        }

        /// <summary>The figures.</summary>
        public CounterfactualResult Result { get; }

        /// <summary>The limit that was exceeded.</summary>
        public double MaxFlipRate { get; }
    }
}
