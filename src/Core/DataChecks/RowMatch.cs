namespace AiFactory.Core.DataChecks
{
    /// <summary>A row that equals an earlier one: its line, and the line of the row it repeats.</summary>
    internal sealed class RowMatch
    {
        /// <summary>Creates the pair.</summary>
        /// <param name="line">The 1-based line where the repeating row starts.</param>
        /// <param name="matchLine">The 1-based line where the row it repeats starts (in the same file, or in the training data for an overlap).</param>
        public RowMatch(int line, int matchLine)
        {
            Line = line;
            MatchLine = matchLine;
        }

        /// <summary>The 1-based line where the repeating row starts.</summary>
        public int Line { get; }

        /// <summary>The 1-based line of the row it repeats.</summary>
        public int MatchLine { get; }
    }
}
