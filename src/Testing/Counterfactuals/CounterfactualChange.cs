namespace AiFactory.Testing
{
    /// <summary>One change of the attribute: the rows that had <see cref="From"/> and were given <see cref="To"/>.</summary>
    public sealed class CounterfactualChange
    {
        /// <summary>Creates the record.</summary>
        public CounterfactualChange(string from, string to, int rows, int flipped)
        {
            From = from;
            To = to;
            Rows = rows;
            Flipped = flipped;
        }

        /// <summary>The attribute's value in the data (<c>(missing)</c> for a missing value).</summary>
        public string From { get; }

        /// <summary>The value it was changed to.</summary>
        public string To { get; }

        /// <summary>Rows changed this way.</summary>
        public int Rows { get; }

        /// <summary>Of those, rows whose decision changed.</summary>
        public int Flipped { get; }

        /// <summary><see cref="Flipped"/> / <see cref="Rows"/>; 0 without rows.</summary>
        public double FlipRate => Rows == 0 ? 0 : (double)Flipped / Rows;

        /// <inheritdoc />
        public override string ToString() => $"{From} → {To}: {Flipped} of {Rows}";
    }
}
