using System;
using System.Collections.Generic;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>
    /// Columns that must not become features, with how each is described in a message: the manifest's sensitive
    /// attributes (AIF1002) or its label (AIF1007), the columns that <c>[ColumnName]</c> renames them to, and what
    /// <c>ModelContext</c> hands out for them.
    /// </summary>
    internal sealed class ForbiddenColumns
    {
        private readonly Dictionary<string, string> _descriptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly ColumnSource _contextSource;
        private readonly string _contextDescription;

        /// <summary>Creates the set.</summary>
        /// <param name="names">The manifest's names with their descriptions.</param>
        /// <param name="aliases">Column names that hold one of <paramref name="names"/> under another name, with the name they hold.</param>
        /// <param name="contextSource">What ModelContext property stands for these columns.</param>
        /// <param name="contextDescription">How that property is described.</param>
        public ForbiddenColumns(IDictionary<string, string> names, IDictionary<string, string> aliases, ColumnSource contextSource, string contextDescription)
        {
            foreach (KeyValuePair<string, string> name in names)
            {
                _descriptions[name.Key] = name.Value;
            }

            foreach (KeyValuePair<string, string> alias in aliases)
            {
                if (!_descriptions.ContainsKey(alias.Key) && names.TryGetValue(alias.Value, out string? described))
                {
                    _descriptions[alias.Key] = $"{described}, loaded as column '{alias.Key}'";
                }
            }

            _contextSource = contextSource;
            _contextDescription = contextDescription;
        }

        /// <summary>The description of a reference that is itself forbidden, or null.</summary>
        public string? Describe(ColumnReference column)
        {
            if (column.Source == _contextSource)
            {
                return _contextDescription;
            }

            if (column.Source != ColumnSource.Named)
            {
                return null;
            }

            if (_descriptions.TryGetValue(column.Name, out string? description))
            {
                return description;
            }

            // nameof(Input.Sex) where [ColumnName("SexRaw")] renames the member: the column still holds the attribute.
            return column.MemberName != null && _descriptions.TryGetValue(column.MemberName, out description)
                ? $"{description}, loaded as column '{column.Name}'"
                : null;
        }

        /// <summary>Names the manifest forbids (sensitive attributes, or the label), matched without case.</summary>
        public bool Contains(string name) => _descriptions.ContainsKey(name);
    }
}
