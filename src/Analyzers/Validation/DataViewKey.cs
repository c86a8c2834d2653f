using System;
using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers.Validation
{
    /// <summary>
    /// A data view named in code, identified by the variable or member it starts from and the members that follow
    /// (<c>split.TrainSet</c>), so that two mentions of the same data compare equal.
    /// </summary>
    internal sealed class DataViewKey : IEquatable<DataViewKey>
    {
        /// <summary>Creates a key.</summary>
        public DataViewKey(ISymbol root, string path)
        {
            Root = root;
            Path = path;
        }

        /// <summary>The local, parameter, field or property the expression starts from.</summary>
        public ISymbol Root { get; }

        /// <summary>The expression's members, dotted, starting with the root's name.</summary>
        public string Path { get; }

        /// <summary>True when the key names the root itself rather than one of its members.</summary>
        public bool IsRoot => Path == Root.Name;

        /// <inheritdoc />
        public bool Equals(DataViewKey? other) =>
            other != null && SymbolEqualityComparer.Default.Equals(Root, other.Root) && Path == other.Path;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as DataViewKey);

        /// <inheritdoc />
        public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Root) ^ StringComparer.Ordinal.GetHashCode(Path);

        /// <inheritdoc />
        public override string ToString() => Path;
    }
}
