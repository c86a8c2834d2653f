using System;
using System.Globalization;
using AiFactory.Core.Fingerprints;
using AiFactory.Core.IO;
using AiFactory.Core.Json;

namespace AiFactory.Core.Provenance
{
    /// <summary>
    /// provenance.json (schema/provenance.schema.json): where and when a results.json was written — the commit, whether the
    /// working tree was dirty, the time — and which results.json, by its SHA-256. Kept apart from results.json, whose bytes
    /// must be the same in every checkout of the same inputs (docs/results.md).
    /// </summary>
    internal sealed class ProvenanceRecord
    {
        /// <summary>The provenance.json version written.</summary>
        public const int SchemaVersion = 1;

        /// <summary>The results file described, relative to the provenance file's folder.</summary>
        public string ResultsFile { get; set; } = "results.json";

        /// <summary>SHA-256 of the results file's bytes.</summary>
        public string ResultsSha256 { get; set; } = "";

        /// <summary>When the check stage wrote or confirmed the results (UTC).</summary>
        public DateTime Time { get; set; }

        /// <summary>The version of AiFactory.Build.</summary>
        public string PackageVersion { get; set; } = "";

        /// <summary>What git said about the checkout.</summary>
        public SourceControl SourceControl { get; set; } = SourceControl.Unknown;

        /// <summary>The record for the results file at <paramref name="resultsPath"/>, written now in the repository at <paramref name="repositoryRoot"/>.</summary>
        public static ProvenanceRecord For(string resultsPath, string repositoryRoot, string packageVersion, DateTime utcNow) => new ProvenanceRecord
        {
            ResultsFile = System.IO.Path.GetFileName(resultsPath),
            ResultsSha256 = Sha256.OfFile(resultsPath),
            Time = utcNow,
            PackageVersion = packageVersion,
            SourceControl = SourceControl.Describe(repositoryRoot),
        };

        /// <summary>The provenance.json text, ending with a line break.</summary>
        public string ToJson()
        {
            var w = new JsonTextWriter();
            w.StartObject();
            w.Property("schemaVersion", (long)SchemaVersion);
            w.PropertyName("results");
            w.StartObject();
            w.Property("file", ResultsFile);
            w.Property("sha256", ResultsSha256);
            w.EndObject();
            w.Property("time", Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.Property("commit", SourceControl.Commit);
            if (SourceControl.Dirty is bool dirty)
            {
                w.Property("dirty", dirty);
            }
            else
            {
                w.PropertyName("dirty");
                w.Null();
            }

            w.Property("packageVersion", PackageVersion);
            w.EndObject();
            return w.ToString();
        }

        /// <summary>Writes the record to <paramref name="path"/>: a temporary file beside it, then moved into place.</summary>
        public void WriteTo(string path) => AtomicFile.WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(ToJson()));
    }
}
