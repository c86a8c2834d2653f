namespace AiFactory.Analyzers.Fairness
{
    /// <summary>A transform writes <see cref="Output"/> from <see cref="Input"/> (Concatenate, OneHotEncoding, CopyColumns, ...).</summary>
    internal sealed class ColumnEdge
    {
        /// <summary>Creates an edge.</summary>
        public ColumnEdge(string output, ColumnReference input)
        {
            Output = output;
            Input = input;
        }

        /// <summary>The column written.</summary>
        public string Output { get; }

        /// <summary>A column read.</summary>
        public ColumnReference Input { get; }
    }
}
