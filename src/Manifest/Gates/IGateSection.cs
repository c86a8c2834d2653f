using System;
using System.Collections.Generic;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Policy;
using AiFactory.Manifest.Reading;

namespace AiFactory.Manifest.Gates
{
    /// <summary>
    /// One kind of gate under <c>gates</c> (metrics, baseline, business, data, fairness): how it is read, how a policy's
    /// section combines with the manifest's, which thresholds a policy can require and a waiver can name, and where its
    /// keys live. <see cref="GateSections"/> registers each kind once; the gates reader, the policy reader, the policy
    /// merge, the required gates, the waivers and the unknown-key suggestions ask it instead of naming kinds.
    /// </summary>
    internal interface IGateSection
    {
        /// <summary>The key under <c>gates</c>: <c>metrics</c>, <c>baseline</c>, ...</summary>
        string Key { get; }

        /// <summary>The hint of AIF2004 when <c>gates.&lt;key&gt;</c> is not an object, or null for the reader's own.</summary>
        string? ObjectHint { get; }

        /// <summary>Why a policy cannot set this kind (AIF2002 at the policy's key), or null when it can.</summary>
        string? PolicyRefusal { get; }

        /// <summary>
        /// The thresholds a policy's <c>required</c> can name, as key paths under <c>gates</c> (<c>metrics.auc</c>):
        /// empty when a policy cannot set the kind. A waiver names one of them, or any setting of the section.
        /// </summary>
        IReadOnlyList<string> Thresholds { get; }

        /// <summary>Reads <c>gates.&lt;key&gt;</c> into <paramref name="section"/>.</summary>
        /// <param name="reading">The reading and what the rest of the manifest says.</param>
        /// <param name="property">The kind's property of gates (where section-wide problems are reported).</param>
        /// <param name="node">Its object value.</param>
        /// <param name="section">The gates read so far.</param>
        void Read(GateReading reading, JsonProperty property, JsonObject node, GatesSection section);

        /// <summary>What a policy may not write in this kind though a manifest may (a seed, a column): AIF2002 each.</summary>
        void CheckInPolicy(ReadContext context, GatesSection section);

        /// <summary>The part of the policy merge that belongs to <paramref name="stage"/>: the policy's section against the manifest's, in place.</summary>
        void MergePolicy(PolicyMerge merge, PolicyStage stage);

        /// <summary>True when the effective gates of <paramref name="manifest"/> have <paramref name="threshold"/> (one of <see cref="Thresholds"/>).</summary>
        bool Has(ModelManifest manifest, string threshold);

        /// <summary>How aifactory.json writes <paramref name="threshold"/>, for the fix of AIF2024.</summary>
        string Example(string threshold);

        /// <summary>Gives each key of the kind's levels its home (<c>gates.business</c>, "an entry of gates.metrics").</summary>
        void AddKeyHomes(Action<IEnumerable<string>, string> add);
    }
}
