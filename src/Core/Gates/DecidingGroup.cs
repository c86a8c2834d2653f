namespace AiFactory.Core.Gates
{
    /// <summary>A group that decided a fairness gate, with the value it was compared on ("Female", 0.078).</summary>
    internal sealed class DecidingGroup
    {
        /// <summary>Creates a deciding group.</summary>
        public DecidingGroup(string group, string metric, double? value)
        {
            Group = group;
            Metric = metric;
            Value = value;
        }

        /// <summary>The group's name, <c>overall</c> for the whole test set.</summary>
        public string Group { get; }

        /// <summary>The per-group metric compared: <c>selectionRate</c>, <c>tpr</c>, <c>fpr</c>, … or <c>auc</c>.</summary>
        public string Metric { get; }

        /// <summary>The group's value of it; null when undefined.</summary>
        public double? Value { get; }
    }
}
