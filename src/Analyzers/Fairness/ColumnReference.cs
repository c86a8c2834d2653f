using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>A column named in code: a string, a <c>nameof</c> of an input-type member, or a ModelContext property.</summary>
    internal sealed class ColumnReference
    {
        /// <summary>Creates a reference.</summary>
        public ColumnReference(string name, Location location, string? memberName = null, ColumnSource source = ColumnSource.Named)
        {
            Name = name;
            Location = location;
            MemberName = memberName;
            Source = source;
        }

        /// <summary>The column's name in the data view ([ColumnName] applied).</summary>
        public string Name { get; }

        /// <summary>Where the code names it.</summary>
        public Location Location { get; }

        /// <summary>The member's own name when written as <c>nameof(Input.Member)</c>.</summary>
        public string? MemberName { get; }

        /// <summary>How the code names it.</summary>
        public ColumnSource Source { get; }
    }

    /// <summary>How a column is named in code.</summary>
    internal enum ColumnSource
    {
        /// <summary>By its name: a string, a constant or a nameof.</summary>
        Named,

        /// <summary>Through <c>ModelContext.SensitiveColumns</c>: some sensitive attribute.</summary>
        SensitiveColumns,

        /// <summary>Through <c>ModelContext.Label</c>: the label.</summary>
        Label,
    }
}
