using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>An entry of <c>data.bins</c>: how a continuous sensitive attribute (age) is cut into groups.</summary>
    internal sealed class SensitiveBins
    {
        /// <summary>Creates the bins of a column from strictly increasing cut points.</summary>
        public SensitiveBins(string column, IReadOnlyList<double> edges, SourceLocation location)
        {
            Column = column;
            Edges = edges;
            Location = location;
        }

        /// <summary>The sensitive column.</summary>
        public string Column { get; }

        /// <summary>The cut points e1 &lt; e2 &lt; … : groups are "&lt;e1", "[e1,e2)", …, "&gt;=ek" (lower edge inclusive).</summary>
        public IReadOnlyList<double> Edges { get; }

        /// <summary>Where the entry was written (its name).</summary>
        public SourceLocation Location { get; }
    }
}
