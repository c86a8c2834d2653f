using System.Collections.Generic;
using AiFactory.Core.Data;
using AiFactory.Core.DataChecks;

namespace AiFactory.Core.Profiling
{
    /// <summary>A data file with its profile and the codes the checks count with; the training file's codes are the test file's reference.</summary>
    internal sealed class ProfiledFile
    {
        public ProfiledFile(DataTable table, bool[] labels, DataFileProfile profile, IReadOnlyDictionary<string, ColumnCoding> codings,
            IReadOnlyDictionary<string, ColumnCoding> groupCodings)
        {
            Table = table;
            Labels = labels;
            Profile = profile;
            Codings = codings;
            GroupCodings = groupCodings;
        }

        public DataTable Table { get; }

        public bool[] Labels { get; }

        public DataFileProfile Profile { get; }

        /// <summary>Every column's codes by name: category values, or number bins for the leakage and proxy measures.</summary>
        public IReadOnlyDictionary<string, ColumnCoding> Codings { get; }

        /// <summary>Every sensitive attribute's groups as codes, by name.</summary>
        public IReadOnlyDictionary<string, ColumnCoding> GroupCodings { get; }

        /// <summary>The labels as targets of <see cref="SingleColumnAuc"/>: 1 positive, 0 negative.</summary>
        public sbyte[] LabelTargets()
        {
            var targets = new sbyte[Labels.Length];
            for (int row = 0; row < targets.Length; row++) targets[row] = Labels[row] ? (sbyte)1 : (sbyte)0;
            return targets;
        }
    }
}
