using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Gates;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Policy
{
    /// <summary>Checks the policy's <c>required</c> against the effective gates: each missing one is AIF2024.</summary>
    internal static class RequiredGates
    {
        public static void Check(PolicyMerge merge)
        {
            foreach (RequiredGate required in merge.Policy.Required)
            {
                // The policy reader keeps only the thresholds of a kind (PolicyKeys.RequirablePaths).
                IGateSection kind = GateSections.Owning(required.Path)!;
                if (kind.Has(merge.Manifest, required.Path))
                {
                    continue;
                }

                string reason = merge.WhyNotApplicable(required.Path) ?? "its aifactory.json sets none and the policy gives no threshold to inherit";
                merge.Diagnostics.Add(Diagnostic.Error(DiagnosticIds.RequiredGateMissing,
                    $"the policy requires the gate {required.Path} of every model ({required.Location}), but model '{merge.Manifest.Model.Name}' " +
                    $"cannot have it: {reason}. Add it to aifactory.json, e.g. {kind.Example(required.Path)}",
                    merge.ManifestStart));
            }
        }
    }
}
