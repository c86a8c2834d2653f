using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Policy
{
    /// <summary>
    /// One application of a policy to one manifest: compares each setting both write by its "tighter than" order,
    /// inherits what only the policy writes, and reports loosenings — waived, expired or forbidden.
    /// </summary>
    internal sealed class PolicyMerge
    {
        private readonly List<Waiver> _waivers = new List<Waiver>();
        private readonly Dictionary<string, string> _notApplicable = new Dictionary<string, string>();

        public PolicyMerge(ModelManifest manifest, GovernancePolicy policy, DateTime today, bool comparesPolicies = false)
        {
            Manifest = manifest;
            Policy = policy;
            Today = today.Date;
            ComparesPolicies = comparesPolicies;
            foreach (Waiver waiver in policy.Waivers)
            {
                if (!comparesPolicies && string.Equals(waiver.Model, manifest.Model.Name, StringComparison.Ordinal))
                {
                    _waivers.Add(waiver);
                }
            }
        }

        /// <summary>
        /// True when <see cref="Manifest"/> stands for a nearer policy compared with an outer one (<see cref="PolicyChain"/>):
        /// a loosening is always AIF2023 (waivers are granted to models, not to policies), and what cannot apply to a
        /// model is the model's application's business, not reported here.
        /// </summary>
        public bool ComparesPolicies { get; }

        public ModelManifest Manifest { get; }

        public GovernancePolicy Policy { get; }

        public DateTime Today { get; }

        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        /// <summary>Where a gate nobody wrote in the manifest is reported: the manifest's first line.</summary>
        public SourceLocation ManifestStart => new SourceLocation(Manifest.FilePath, 1, 1);

        /// <summary>
        /// The bound that applies: the policy's when the manifest has none, the manifest's when it is as tight or
        /// tighter; a looser manifest bound is reported (and carries its waiver when one stands).
        /// </summary>
        public Bound? Bound(string path, Bound? mine, Bound? policys, bool minimum)
        {
            if (policys == null)
            {
                return mine;
            }

            if (mine == null)
            {
                return policys;
            }

            bool looser = minimum ? mine.Value < policys.Value : mine.Value > policys.Value;
            if (looser)
            {
                string what = $"{path} {Text(mine)} is {(minimum ? "below" : "above")} the policy's {(minimum ? "minimum" : "maximum")} {Text(policys)}";
                string fix = minimum ? $"raise it to {Text(policys)} or more" : $"lower it to {Text(policys)} or less";
                mine.Waiver = Loosened(path, mine.Location, what, policys.Location, fix);
            }

            return mine;
        }

        /// <summary>
        /// Compares an ordered setting (<paramref name="rank"/>: higher is tighter). Returns true when the manifest's
        /// value stands; false when the policy's is inherited (the manifest does not write it).
        /// </summary>
        public bool Setting<T>(string path, T mine, SourceLocation? mineAt, T policys, SourceLocation policyAt,
            Func<T, double> rank, Func<T, string> text, IList<Waiver> waiverTarget)
        {
            if (mineAt == null)
            {
                return false;
            }

            if (rank(mine) < rank(policys))
            {
                string what = $"{path} {text(mine)} is looser than the policy's {text(policys)}";
                Waiver? waiver = Loosened(path, mineAt, what, policyAt, $"use {text(policys)} or tighter (docs/policy.md lists the order)");
                if (waiver != null)
                {
                    waiverTarget.Add(waiver);
                }
            }

            return true;
        }

        /// <summary>
        /// A confidence level both write: the manifest's is kept (the policy's is inherited when the manifest writes
        /// none). The level is ordered only under one judging mode, so it is compared only when the manifest judges as
        /// the policy does. Returns the level to keep.
        /// </summary>
        public double Confidence(string path, double mine, SourceLocation? mineAt, JudgingMode mineJudging, double policys, SourceLocation policyAt,
            JudgingMode policyJudging, IList<Waiver> waiverTarget)
        {
            if (mineAt == null)
            {
                return policys;
            }

            if (mineJudging == policyJudging)
            {
                Setting(path, mine, mineAt, policys, policyAt, v => TighterThan.Confidence(v, mineJudging),
                    v => v.ToString("0.###", CultureInfo.InvariantCulture), waiverTarget);
            }

            return mine;
        }

        /// <summary>
        /// Reports a loosening: warning AIF6001 when a waiver stands (returned), error AIF6002 when the only waiver has
        /// expired, error AIF2023 when there is none.
        /// </summary>
        public Waiver? Loosened(string path, SourceLocation at, string what, SourceLocation policyAt, string fix)
        {
            if (ComparesPolicies)
            {
                Diagnostics.Add(Diagnostic.Error(DiagnosticIds.PolicyLoosened,
                    $"{what} (set in {policyAt}): a nearer policy may tighten an outer one, never loosen it. {Capital(fix)}, " +
                    "or have the outer policy's owners change theirs; a waiver is granted to a model, never to a policy",
                    at));
                return null;
            }

            // A setting the model inherited from a nearer policy: that policy's own loosening, which PolicyChain
            // reports at its line whether or not the manifest sets it too.
            if (!string.Equals(at.File, Manifest.FilePath, StringComparison.Ordinal))
            {
                return null;
            }

            Waiver? standing = null;
            Waiver? expired = null;
            foreach (Waiver waiver in _waivers)
            {
                if (!waiver.Covers(path))
                {
                    continue;
                }

                if (waiver.StandsOn(Today))
                {
                    standing = standing ?? waiver;
                }
                else
                {
                    expired = expired ?? waiver;
                }
            }

            string policyText = $"{what} (set in {policyAt})";
            if (standing != null)
            {
                Diagnostics.Add(Diagnostic.Warning(DiagnosticIds.GateWaived,
                    $"{policyText}; waived for model '{Manifest.Model.Name}' by {standing.Who} until {standing.ExpiresText}: {standing.Why} " +
                    $"({standing.Location}). Gates judged under it report waived, never passed; {fix} to end the waiver",
                    at));
                return standing;
            }

            if (expired != null)
            {
                Diagnostics.Add(Diagnostic.Error(DiagnosticIds.WaiverExpired,
                    $"{policyText}; the waiver granted by {expired.Who} ({expired.Location}) expired on {expired.ExpiresText}. " +
                    $"{Capital(fix)}, or have the policy's owners renew the waiver",
                    at));
                return null;
            }

            Diagnostics.Add(Diagnostic.Error(DiagnosticIds.PolicyLoosened,
                $"{policyText}: a model may tighten the policy, never loosen it. {Capital(fix)}, or have the policy's owners record a waiver " +
                $"for model '{Manifest.Model.Name}', gate '{path}' (who, why, expires) in {WaiversFile()}",
                at));
            return null;
        }

        /// <summary>
        /// A policy gate the model cannot have (no sensitive attribute, no costs, no scores): warning AIF2025 now, or,
        /// when the policy requires the gate, the reason for AIF2024 later.
        /// </summary>
        public void NotApplicable(string path, SourceLocation policyAt, string reason)
        {
            if (ComparesPolicies)
            {
                return;
            }

            if (IsRequired(path))
            {
                _notApplicable[path] = reason;
                return;
            }

            Diagnostics.Add(Diagnostic.Warning(DiagnosticIds.PolicyGateNotApplicable,
                $"the policy's gate {path} does not apply to model '{Manifest.Model.Name}' ({Path.GetFileName(Manifest.FilePath)}): {reason}; " +
                "it is skipped. If every model must have it, the policy lists it in \"required\"",
                policyAt));
        }

        /// <summary>Why a required gate could not apply, or null.</summary>
        public string? WhyNotApplicable(string path) => _notApplicable.TryGetValue(path, out string? reason) ? reason : null;

        public bool IsRequired(string path)
        {
            foreach (RequiredGate required in Policy.Required)
            {
                if (required.Path == path)
                {
                    return true;
                }
            }

            return false;
        }

        public string WaiversFile() =>
            Policy.WaiversFilePath ?? Path.Combine(Path.GetDirectoryName(Policy.FilePath) ?? "", PolicyKeys.WaiversFileName);

        public static string Text(Bound bound) => bound.Text ?? bound.Value.ToString("R", CultureInfo.InvariantCulture);

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
