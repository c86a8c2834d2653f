using System.Collections.Generic;

namespace AiFactory.Manifest.Model
{
    /// <summary>A validated aifactory.json: what the model is, its data, and the thresholds its gates enforce.</summary>
    internal sealed class ModelManifest
    {
        /// <summary>Absolute path of the aifactory.json file.</summary>
        public string FilePath { get; set; } = "";

        /// <summary>Absolute folder of the manifest; relative paths in the manifest resolve against it.</summary>
        public string Directory { get; set; } = "";

        /// <summary>The <c>model</c> section.</summary>
        public ModelSection Model { get; set; } = new ModelSection();

        /// <summary>The <c>business</c> section, or null when absent.</summary>
        public BusinessSection? Business { get; set; }

        /// <summary>The <c>data</c> section.</summary>
        public DataSection Data { get; set; } = new DataSection();

        /// <summary>The <c>gates</c> section (empty when absent); after a policy is applied, the effective gates.</summary>
        public GatesSection Gates { get; set; } = new GatesSection();

        /// <summary>The policy that governs this manifest (the nearest above it), or null when no aifactory.policy.json is above it.</summary>
        public GovernancePolicy? Policy { get; set; }

        /// <summary>Every policy applied to this manifest, nearest first (outer policies bind the nearer ones).</summary>
        public IList<GovernancePolicy> Policies { get; } = new List<GovernancePolicy>();
    }
}
