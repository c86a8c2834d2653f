using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>fairness</c> of results.json: the settings, the whole test set and the disparities of each grouping.</summary>
    internal sealed class FairnessRecord
    {
        /// <summary><c>settings</c>: gates.fairness with its defaults.</summary>
        public FairnessSettingsRecord Settings { get; set; } = new FairnessSettingsRecord();

        /// <summary><c>overall</c>: the whole test set.</summary>
        public GroupFiguresRecord Overall { get; set; } = new GroupFiguresRecord();

        /// <summary><c>groupings</c>: the disparities of each grouping, by its key.</summary>
        public IReadOnlyList<NamedValue<GroupingFairnessRecord>> Groupings { get; set; } = Array.Empty<NamedValue<GroupingFairnessRecord>>();
    }
}
