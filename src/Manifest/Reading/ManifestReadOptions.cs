using System;
using System.Collections.Generic;

namespace AiFactory.Manifest.Reading
{
    /// <summary>What <see cref="ManifestReader"/> may check beyond the text itself.</summary>
    internal sealed class ManifestReadOptions
    {
        /// <summary>
        /// Absolute folder of the repository. Data paths (<c>data.train</c>, <c>data.test</c>,
        /// <c>gates.baseline.results</c>) must lie under it or under an allowed root. Null turns the containment check off.
        /// </summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>
        /// Extra folders data may live under, given by the build (MSBuild property <c>AiFactoryAllowedDataRoots</c>).
        /// Absolute; a relative entry resolves against the manifest's folder, and empty entries are skipped.
        /// </summary>
        public IReadOnlyList<string> AllowedDataRoots { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Tells whether a file exists. Null means file existence is not checked (analyzers cannot do IO), and data paths
        /// are compared with the repository as written; given, their symbolic links are followed first.
        /// </summary>
        public Func<string, bool>? FileExists { get; set; }
    }
}
