namespace AiFactory.Manifest.Model
{
    /// <summary>How a fairness gate weighs the uncertainty of its figure (<c>judging</c> in gates.fairness).</summary>
    internal enum JudgingMode
    {
        /// <summary><c>"pointEstimate"</c>: the figure measured on the test set decides, whatever its interval.</summary>
        PointEstimate,

        /// <summary><c>"benefitOfTheDoubt"</c>: fails only when the whole interval is on the failing side (clear evidence of a problem).</summary>
        BenefitOfTheDoubt,

        /// <summary><c>"burdenOfProof"</c>: passes only when the whole interval is on the passing side (clear evidence of fairness).</summary>
        BurdenOfProof,
    }
}
