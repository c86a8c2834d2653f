using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>One entry of <c>data.columns</c>.</summary>
    internal sealed class ColumnDeclaration
    {
        /// <summary>Creates a declaration.</summary>
        public ColumnDeclaration(string name, ColumnType type, SourceLocation location)
        {
            Name = name;
            Type = type;
            Location = location;
        }

        /// <summary>The column name as in the data file's header.</summary>
        public string Name { get; }

        /// <summary>The declared type.</summary>
        public ColumnType Type { get; }

        /// <summary>Where it was declared: the position of the column name in <c>data.columns</c>.</summary>
        public SourceLocation Location { get; }
    }
}
