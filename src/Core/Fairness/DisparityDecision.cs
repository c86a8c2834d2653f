namespace AiFactory.Core.Fairness
{
    /// <summary>Which groups decided a disparity, and on which rate: "Female 0.078 vs Male 0.162" (selection rate).</summary>
    internal sealed class DisparityDecision
    {
        /// <summary>Marks the whole test set in <see cref="Second"/> (relative-to-overall disparities).</summary>
        public const int Overall = -1;

        /// <summary>Creates a decision.</summary>
        public DisparityDecision(GroupRate rate, int first, int second)
        {
            Rate = rate ?? throw new System.ArgumentNullException(nameof(rate));
            First = first;
            Second = second;
        }

        /// <summary>The rate the groups were compared on (selection rate, tpr or fpr).</summary>
        public GroupRate Rate { get; }

        /// <summary>The group whose rate is the lower one (between groups), or the group that decided (to overall, disparate impact).</summary>
        public int First { get; }

        /// <summary>The group with the higher rate (between groups), <see cref="Overall"/>, or the reference group (disparate impact).</summary>
        public int Second { get; }
    }
}
