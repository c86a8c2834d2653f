namespace AiFactory.Core.Profiling
{
    /// <summary>The balance of the label in a data file.</summary>
    internal sealed class LabelProfile
    {
        /// <summary><c>data.label</c>.</summary>
        public string Column { get; set; } = "";

        /// <summary><c>data.positive</c>: the value of the positive class.</summary>
        public string Positive { get; set; } = "";

        /// <summary>The other value, as written; null when the file holds only positive rows.</summary>
        public string? Negative { get; set; }

        /// <summary>Rows of the positive class.</summary>
        public int Positives { get; set; }

        /// <summary>Rows of the negative class.</summary>
        public int Negatives { get; set; }

        /// <summary>Positives ÷ rows.</summary>
        public double PositiveRate => Positives + Negatives == 0 ? 0 : (double)Positives / (Positives + Negatives);

        /// <summary>The share of the rarer class: min(positives, negatives) ÷ rows, at most 0.5.</summary>
        public double MinorityShare => Positives + Negatives == 0 ? 0 : (double)System.Math.Min(Positives, Negatives) / (Positives + Negatives);
    }
}
