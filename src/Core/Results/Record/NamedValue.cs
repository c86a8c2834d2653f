namespace AiFactory.Core.Results.Record
{
    /// <summary>A key of results.json whose name is data (a metric, a rate, a group), with its value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    internal sealed class NamedValue<T>
    {
        /// <summary>Creates a named value.</summary>
        public NamedValue(string name, T value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The key.</summary>
        public string Name { get; }

        /// <summary>Its value.</summary>
        public T Value { get; }
    }
}
