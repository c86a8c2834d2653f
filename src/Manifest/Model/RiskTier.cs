namespace AiFactory.Manifest.Model
{
    /// <summary>
    /// <c>model.riskTier</c>: how much harm the model's mistakes can do, declared by its owners. The tier decides which
    /// fields of the model card must be written (<see cref="CardRequirement.All"/>); higher is stricter.
    /// </summary>
    internal enum RiskTier
    {
        /// <summary><c>"low"</c>: the default; nothing beyond the manifest's own keys is required.</summary>
        Low = 0,

        /// <summary><c>"medium"</c>: intended use, owners, users and limitations.</summary>
        Medium = 1,

        /// <summary><c>"high"</c>: medium's, plus out-of-scope uses, trade-offs, ethical considerations and risks with mitigations.</summary>
        High = 2,
    }
}
