using System;
using System.Collections.Generic;
using AiFactory.Core.Fairness;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Gates.Kinds.Fairness
{
    /// <summary>
    /// What a fairness gate or notice was judged on, beyond its figures: the grouping, the disparity or per-group
    /// figure, the mode, and the groups that decided or were too small.
    /// </summary>
    internal sealed class FairnessGateFacts : GateFacts
    {
        /// <summary>Creates the facts of a gate or notice on <paramref name="grouping"/>.</summary>
        public FairnessGateFacts(FairnessFinding finding, GroupingReport grouping, JudgingMode mode)
        {
            Finding = finding;
            Grouping = grouping;
            Mode = mode;
        }

        /// <summary>How far the judging got.</summary>
        public FairnessFinding Finding { get; set; }

        /// <summary>The grouping judged (an attribute, or an intersection).</summary>
        public GroupingReport Grouping { get; }

        /// <summary>How uncertainty was weighed.</summary>
        public JudgingMode Mode { get; }

        /// <summary>The disparity judged; null for an everyGroup gate.</summary>
        public Disparity? Disparity { get; set; }

        /// <summary>The disparity's figures on the grouping; null for an everyGroup gate.</summary>
        public DisparityReport? DisparityReport { get; set; }

        /// <summary>True when the disparity is measured against the reference group (disparate impact).</summary>
        public bool AgainstReferenceGroup { get; set; }

        /// <summary>True when the figure is taken over the label's classes, so groups must be adequate given the label.</summary>
        public bool UsesLabel { get; set; }

        /// <summary>Insufficient data: true when it is the reference group that has too little data.</summary>
        public bool ReferenceTooSmall { get; set; }

        /// <summary>Insufficient data: how many adequate groups the gate needs (2 for a disparity, 1 for everyGroup).</summary>
        public int GroupsNeeded { get; set; } = 2;

        /// <summary>Insufficient data: what gates.fairness.onInsufficientData says to do.</summary>
        public InsufficientDataAction OnInsufficientData { get; set; }

        /// <summary>An everyGroup gate: the group that decided (the worst, or the first undefined); else null.</summary>
        public GroupReport? Group { get; set; }

        /// <summary>An everyGroup gate on auc: true when the deciding group's AUC is undefined for want of scores.</summary>
        public bool ScoresMissing { get; set; }

        /// <summary>The small-groups notice: the groups too small to decide the gates in use.</summary>
        public IReadOnlyList<GroupReport> SmallGroups { get; set; } = Array.Empty<GroupReport>();
    }
}
