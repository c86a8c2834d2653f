namespace AiFactory.Core.Data
{
    /// <summary>A row left out of a data file because it could not be read (<c>data.onBadRow</c> "skip").</summary>
    internal sealed class SkippedRow
    {
        /// <summary>Creates the record of a skipped row.</summary>
        /// <param name="line">The 1-based physical line where the row starts.</param>
        /// <param name="reason">Why it could not be read, in a few words.</param>
        public SkippedRow(int line, string reason)
        {
            Line = line;
            Reason = reason ?? throw new System.ArgumentNullException(nameof(reason));
        }

        /// <summary>The 1-based physical line where the row starts.</summary>
        public int Line { get; }

        /// <summary>Why it could not be read, e.g. <c>3 fields, the header has 4</c>.</summary>
        public string Reason { get; }
    }
}
