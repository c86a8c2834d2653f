namespace AiFactory.Core.Profiling
{
    /// <summary>A category value and how many rows hold it.</summary>
    internal sealed class CategoryCount
    {
        /// <summary>Creates the pair.</summary>
        public CategoryCount(string value, int count)
        {
            Value = value ?? throw new System.ArgumentNullException(nameof(value));
            Count = count;
        }

        /// <summary>The value as written in the file.</summary>
        public string Value { get; }

        /// <summary>The rows that hold it.</summary>
        public int Count { get; }
    }
}
