using System;
using System.Collections.Generic;
using System.Linq;
using AiFactory.Core.Gates;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Fairness
{
    /// <summary>
    /// Declared sensitive attributes are never unguarded (AIF5014): a sensitive attribute is guarded when at least one
    /// fairness gate result of the effective gates — the manifest's and every policy's that applies — was judged on the
    /// attribute's own grouping, whatever its status (a gate left with insufficient data is reported by AIF5009 as
    /// onInsufficientData says). A result on an intersection (<c>sex&amp;age_band</c>) guards none of the attributes it
    /// combines: its groups are smaller, the ones too small to decide are left out, and the groups left may all share
    /// one value of an attribute (Male&amp;&lt;25 against Male&amp;[25,45)), so that no two of its groups are ever compared.
    /// </summary>
    internal static class SensitiveAttributeCoverage
    {
        /// <summary>The gate written in the warning's example: the four-fifths rule on selection rates.</summary>
        public const string ExampleGate = "\"fairness\": { \"demographicParityRatio\": { \"min\": 0.80 } }";

        /// <summary>The sensitive attributes, in data.sensitive order, that no fairness gate in <paramref name="gates"/> was judged on by their own grouping.</summary>
        public static IReadOnlyList<string> Unguarded(IReadOnlyList<string> sensitive, IEnumerable<GateResult> gates)
        {
            if (sensitive is null) throw new ArgumentNullException(nameof(sensitive));
            if (gates is null) throw new ArgumentNullException(nameof(gates));
            var judged = new HashSet<string>(
                gates.Where(g => g.Kind == GateKinds.Fairness && g.Attribute != null).Select(g => g.Attribute!),
                StringComparer.Ordinal);
            return sensitive.Where(a => !judged.Contains(a)).ToList();
        }

        /// <summary>
        /// The warning naming the unguarded sensitive attributes of <paramref name="manifest"/> (after the policies were
        /// applied), at the key data.sensitive, with the fix; null when every declared attribute is guarded.
        /// </summary>
        public static Diagnostic? Check(ModelManifest manifest, IEnumerable<GateResult> gates)
        {
            if (manifest is null) throw new ArgumentNullException(nameof(manifest));
            IReadOnlyList<string> unguarded = Unguarded(manifest.Data.Sensitive, gates);
            if (unguarded.Count == 0)
            {
                return null;
            }

            bool one = unguarded.Count == 1;
            string names = FairnessText.List(unguarded.Select(a => "'" + a + "'").ToList());
            string where = manifest.Policies.Count > 0 ? "neither this manifest nor the policy above it sets one" : "this manifest sets none";
            FairnessGates? section = manifest.Gates.Fairness;
            if (section != null && section.Disparities.Count == 0 && section.EveryGroup.Count == 0)
            {
                where += " (gates.fairness holds settings only)";
            }

            string message =
                $"the sensitive attribute{(one ? "" : "s")} {names} in data.sensitive {(one ? "has" : "have")} no fairness gate — {where} — " +
                $"so nothing in the build compares {(one ? "its" : "their")} groups and a model that treats them unequally passes; " +
                "add a gate to gates.fairness (each gate there is judged on every sensitive attribute), e.g. " + ExampleGate;
            SourceLocation at = manifest.Data.SensitiveKeyLocation
                ?? (manifest.Data.SensitiveLocations.Count > 0 ? manifest.Data.SensitiveLocations[0] : new SourceLocation(manifest.FilePath, 0, 0));
            return Diagnostic.Warning(DiagnosticIds.SensitiveAttributeUnguarded, message, at);
        }
    }
}
